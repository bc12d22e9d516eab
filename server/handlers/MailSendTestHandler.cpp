#include "MailSendTestHandler.h"

#include "Params.h"

#include <app/ServerConfig.h>
#include <mail/MailComposer.h>
#include <store/OutboxRecords.h>
#include <store/Sql.h>
#include <store/Transaction.h>
#include <validation/Rules.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

QCoro::Task<Reply> MailSendTestHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString to = params.requiredString(u"to"_s, validation::kMaxEmail).trimmed();
    if (auto error = params.error())
        co_return Reply::failure(*error);
    // The address goes into an SMTP envelope and a header: only a valid one.
    if (!validation::isValidEmail(to))
        co_return Reply::failure(ErrorCode::ValidationFailed, u"Enter a valid email address."_s, u"to"_s);

    const OutgoingMail mail = composeMail(MailTemplate::TestMail, {to, context.user().displayName(), u"en"_s}, {},
                                          context.services->config.mailDomain);
    auto writing = context.write([mail](QSqlDatabase &db) {
        Transaction transaction(db);
        if (!enqueueMail(db, mail) || !transaction.commit())
            return Outcome::of(storeFailure());
        Outcome outcome = Outcome::of(Reply::success({{u"messageId"_s, mail.messageId}}));
        outcome.mailQueued = true;
        return outcome;
    });
    co_return co_await writing;
}

} // namespace ccr::server

#include "OutboxListHandler.h"

#include "Params.h"

#include <mail/OutboxSender.h>
#include <mail/SmtpSettingsStore.h>
#include <store/OutboxRecords.h>
#include <store/Sql.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::Reply;

QCoro::Task<Reply> OutboxListHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const int limit = int(params.optionalInteger(u"limit"_s, 1, 500, 100));
    if (auto error = params.error())
        co_return Reply::failure(*error);
    auto reading = context.read([limit](QSqlDatabase &db) {
        const auto rows = listOutbox(db, limit);
        return Outcome::of(rows ? Reply::success({{u"mails"_s, *rows}}) : storeFailure());
    });
    Outcome outcome = co_await reading;
    if (outcome.reply.ok())
        outcome.reply.result.insert(u"smtp"_s, smtpSettingsForDisplay(context.services->mailer.smtp()));
    co_return outcome.reply;
}

} // namespace ccr::server

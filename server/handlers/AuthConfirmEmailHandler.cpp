#include "AuthConfirmEmailHandler.h"

#include "AccountMail.h"
#include "Params.h"
#include "RateLimit.h"

#include <app/ServerConfig.h>
#include <net/AttemptThrottle.h>
#include <net/SessionDirectory.h>
#include <protocol/Messages.h>
#include <store/Sql.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

QCoro::Task<Reply> AuthConfirmEmailHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString code = params.requiredString(u"code"_s, 32);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    const domain::UserProfile user = context.user();
    if (user.emailConfirmed)
        co_return Reply::success({{u"user"_s, user.toJson()}});

    AttemptThrottle &throttle = context.services->throttle;
    const QStringList keys{u"confirm:"_s + QString::number(user.id),
                           AttemptThrottle::addressKey(context.session->peerAddress)};
    if (const int wait = throttle.waitSeconds(keys); wait > 0)
        co_return tooManyAttempts(wait);

    auto writing = context.write([user, code](QSqlDatabase &db) {
        domain::UserProfile confirmed = user;
        Transaction transaction(db);
        if (redeemCode(db, user.id, CodePurpose::ConfirmEmail, code) != CodeCheck::Accepted) {
            transaction.commit(); // the spent attempt counts
            return Outcome::of(Reply::failure(ErrorCode::CodeInvalid,
                                              u"That code is wrong or has expired. Ask for a new one."_s, u"code"_s));
        }
        confirmed.emailConfirmed = true;
        if (!setEmailConfirmed(db, user.id)
            || !transaction.recordEvent(protocol::events::userChanged, confirmed.toJson(), user.id)
            || !transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome{Reply::success({{u"user"_s, confirmed.toJson()}}), transaction.takeEvents()};
    });
    const Reply confirmed = co_await writing;
    if (!confirmed.ok()) {
        if (confirmed.error->code == ErrorCode::CodeInvalid)
            throttle.recordFailure(keys);
        co_return confirmed;
    }
    throttle.recordSuccess(keys.first());
    context.services->sessions.refreshUser(domain::UserProfile::fromJson(confirmed.result.value(u"user"_s).toObject()));
    co_return confirmed;
}

QCoro::Task<Reply> AuthResendConfirmationHandler::handle(RequestContext context, QJsonObject) const
{
    const domain::UserProfile user = context.user();
    if (user.emailConfirmed)
        co_return Reply::failure(ErrorCode::ValidationFailed, u"Your email is confirmed already."_s);
    const QString mailDomain = context.services->config.mailDomain;
    const int minimumWait = context.services->config.codeResendSeconds;
    auto writing = context.write([user, mailDomain, minimumWait](QSqlDatabase &db) {
        const qint64 since = secondsSinceLastCode(db, user.id, CodePurpose::ConfirmEmail);
        if (since >= 0 && since < minimumWait)
            return Outcome::of(tooManyAttempts(int(minimumWait - since)));
        Transaction transaction(db);
        if (!queueCodeMail(db, user, CodePurpose::ConfirmEmail, MailTemplate::ConfirmEmail, mailDomain)
            || !transaction.commit())
            return Outcome::of(storeFailure());
        Outcome outcome = Outcome::of(Reply::success());
        outcome.mailQueued = true;
        return outcome;
    });
    co_return co_await writing;
}

} // namespace ccr::server

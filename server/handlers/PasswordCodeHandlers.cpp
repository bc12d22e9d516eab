#include "PasswordCodeHandlers.h"

#include "AccountMail.h"
#include "Params.h"
#include "RateLimit.h"

#include <app/ServerConfig.h>
#include <net/AttemptThrottle.h>
#include <net/SessionDirectory.h>
#include <protocol/Messages.h>
#include <security/PasswordHasher.h>
#include <store/SessionRecords.h>
#include <store/Sql.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>
#include <validation/Rules.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace field = validation::field;

QCoro::Task<Reply> AuthRequestPasswordResetHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString email = validation::normalizedEmail(params.requiredString(field::email, validation::kMaxEmail));
    if (auto error = params.error())
        co_return Reply::failure(*error);
    const QString mailDomain = context.services->config.mailDomain;
    const int minimumWait = context.services->config.codeResendSeconds;
    auto writing = context.write([email, mailDomain, minimumWait](QSqlDatabase &db) {
        const auto user = loadUserByEmail(db, email);
        const qint64 since = user ? secondsSinceLastCode(db, user->profile.id, CodePurpose::ResetPassword) : -1;
        // Unknown, inactive, or asked within the last minute: quietly nothing.
        if (!user || !user->active() || (since >= 0 && since < minimumWait))
            return Outcome::of(Reply::success());
        Transaction transaction(db);
        if (!queueCodeMail(db, user->profile, CodePurpose::ResetPassword, MailTemplate::PasswordReset, mailDomain)
            || !transaction.commit())
            return Outcome::of(Reply::success()); // logged; the answer stays the same
        Outcome outcome = Outcome::of(Reply::success());
        outcome.mailQueued = true;
        return outcome;
    });
    co_await writing;
    co_return Reply::success({{u"message"_s, u"If an account uses this email, a code is on its way."_s}});
}

QCoro::Task<Reply> AuthRedeemPasswordCodeHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString email = validation::normalizedEmail(params.requiredString(field::email, validation::kMaxEmail));
    const QString code = params.requiredString(u"code"_s, 32);
    const QString password = params.requiredString(field::password, 4096);
    const QString confirmation = params.requiredString(field::passwordConfirmation, 4096);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (const auto errors = validation::validatePassword(password, confirmation); !errors.isEmpty())
        co_return Reply::failure(protocol::ApiError{ErrorCode::ValidationFailed, errors.first().message,
                                                    errors.first().field, validation::toJson(errors)});

    AttemptThrottle &throttle = context.services->throttle;
    const QStringList keys{u"code:"_s + email, AttemptThrottle::addressKey(context.session->peerAddress)};
    if (const int wait = throttle.waitSeconds(keys); wait > 0)
        co_return tooManyAttempts(wait);

    auto hashing = context.services->hasher.hash(password);
    const QString hash = co_await hashing;
    if (hash.isEmpty())
        co_return storeFailure();

    const CodePurpose purpose = m_purpose;
    auto writing = context.write([email, code, hash, purpose](QSqlDatabase &db) {
        const Reply invalid =
            Reply::failure(ErrorCode::CodeInvalid, u"That code is wrong or has expired."_s, u"code"_s);
        auto user = loadUserByEmail(db, email);
        const auto expected =
            purpose == CodePurpose::Invitation ? domain::AccountState::Invited : domain::AccountState::Active;
        if (!user || user->profile.state != expected)
            return Outcome::of(invalid);
        Transaction transaction(db);
        if (redeemCode(db, user->profile.id, purpose, code) != CodeCheck::Accepted) {
            transaction.commit(); // the spent attempt counts
            return Outcome::of(invalid);
        }
        bool ok = setPasswordHash(db, user->profile.id, hash) && revokeAllSessions(db, user->profile.id);
        if (purpose == CodePurpose::Invitation) {
            user->profile.state = domain::AccountState::Active;
            user->profile.emailConfirmed = true; // the code came to this address
            ok = ok && setUserState(db, user->profile.id, domain::AccountState::Active)
                 && setEmailConfirmed(db, user->profile.id)
                 && transaction.recordEvent(protocol::events::userChanged, user->profile.toJson(), user->profile.id);
        }
        if (!ok || !transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome{Reply::success({{u"userId"_s, user->profile.id}}), transaction.takeEvents()};
    });
    const Reply done = co_await writing;
    if (!done.ok()) {
        if (done.error->code == ErrorCode::CodeInvalid)
            throttle.recordFailure(keys);
        co_return done;
    }
    throttle.recordSuccess(keys.first());
    // A new password ends every open session of the account, everywhere.
    context.services->sessions.endSessionsOf(done.result.value(u"userId"_s).toInteger(),
                                             u"The password was changed; log in again."_s);
    co_return Reply::success();
}

} // namespace ccr::server

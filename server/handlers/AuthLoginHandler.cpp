#include "AuthLoginHandler.h"

#include "AccountStateMessages.h"
#include "Params.h"
#include "RateLimit.h"
#include "SessionStart.h"

#include <net/AttemptThrottle.h>
#include <security/PasswordHasher.h>
#include <store/UserRecords.h>
#include <validation/Rules.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

QCoro::Task<Reply> AuthLoginHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString email = validation::normalizedEmail(params.requiredString(u"email"_s, validation::kMaxEmail));
    const QString password = params.requiredString(u"password"_s, validation::kMaxPassword);
    const QString clientId = params.optionalString(u"clientId"_s, 128);
    if (auto error = params.error())
        co_return Reply::failure(*error);

    AttemptThrottle &throttle = context.services->throttle;
    const QStringList keys{AttemptThrottle::accountKey(email),
                           AttemptThrottle::addressKey(context.session->peerAddress)};
    // Checked before any hashing: a locked account costs us nothing, and the
    // answer does not say whether the password would have been right.
    if (const int wait = throttle.waitSeconds(keys); wait > 0)
        co_return tooManyAttempts(wait);

    auto reading = context.read([email](QSqlDatabase &db) {
        const auto user = loadUserByEmail(db, email);
        if (!user)
            return Outcome::of(Reply::success());
        return Outcome::of(Reply::success({{u"hash"_s, user->passwordHash}, {u"user"_s, user->profile.toJson()}}));
    });
    const Outcome found = co_await reading;
    // An unknown email is verified against a decoy hash: same time, same answer.
    auto verifying = context.services->hasher.verify(found.reply.result.value(u"hash"_s).toString(), password);
    const bool matches = co_await verifying;
    if (!matches) {
        throttle.recordFailure(keys);
        co_return Reply::failure(ErrorCode::InvalidCredentials, u"The email or password is not right."_s);
    }
    throttle.recordSuccess(keys.first());
    const auto user = domain::UserProfile::fromJson(found.reply.result.value(u"user"_s).toObject());
    if (auto refusal = loginRefusal(user.state))
        co_return *refusal;
    auto starting = startSession(context, user, clientId);
    co_return co_await starting;
}

} // namespace ccr::server

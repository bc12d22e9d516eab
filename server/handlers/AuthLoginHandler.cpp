#include "AuthLoginHandler.h"

#include "Params.h"
#include "SessionStart.h"

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
    if (auto error = params.error())
        co_return Reply::failure(*error);

    auto reading = context.read([email](QSqlDatabase &db) {
        const auto user = loadUserByEmail(db, email);
        if (!user)
            return Outcome::of(Reply::success());
        return Outcome::of(Reply::success({{u"hash"_s, user->passwordHash},
                                           {u"state"_s, user->state},
                                           {u"user"_s, user->profile.toJson()}}));
    });
    const Outcome found = co_await reading;
    // An unknown email is verified against a decoy hash: same time, same answer.
    auto verifying = context.services->hasher.verify(found.reply.result.value(u"hash"_s).toString(), password);
    const bool matches = co_await verifying;
    if (!matches || found.reply.result.value(u"state"_s).toString() != u"active")
        co_return Reply::failure(ErrorCode::InvalidCredentials, u"The email or password is not right."_s);

    auto starting =
        startSession(context, domain::UserProfile::fromJson(found.reply.result.value(u"user"_s).toObject()));
    co_return co_await starting;
}

} // namespace ccr::server

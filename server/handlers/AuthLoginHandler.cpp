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

    const Outcome found = co_await context.read([email](QSqlDatabase &db) {
        const auto user = loadUserByEmail(db, email);
        if (!user)
            return Outcome::of(Reply::success());
        return Outcome::of(Reply::success({{u"hash"_s, user->passwordHash},
                                           {u"state"_s, user->state},
                                           {u"user"_s, user->profile.toJson()}}));
    });
    // An unknown email is verified against a decoy hash: same time, same answer.
    const bool matches =
        co_await context.services->hasher.verify(found.reply.result.value(u"hash"_s).toString(), password);
    if (!matches || found.reply.result.value(u"state"_s).toString() != u"active")
        co_return Reply::failure(ErrorCode::InvalidCredentials, u"The email or password is not right."_s);

    co_return co_await startSession(context,
                                    domain::UserProfile::fromJson(found.reply.result.value(u"user"_s).toObject()));
}

} // namespace ccr::server

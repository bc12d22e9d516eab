#include "AuthResumeHandler.h"

#include "AccountStateMessages.h"
#include "Params.h"

#include <app/ServerConfig.h>
#include <mail/OutboxSender.h>
#include <security/Tokens.h>
#include <store/SessionRecords.h>
#include <store/UserRecords.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

QCoro::Task<Reply> AuthResumeHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString token = params.requiredString(u"token"_s, 256);
    if (auto error = params.error())
        co_return Reply::failure(*error);

    const QString hash = tokenHash(token);
    auto reading = context.read([hash](QSqlDatabase &db) {
        const auto userId = userIdForSession(db, hash);
        const auto user = userId ? loadUserById(db, *userId) : std::nullopt;
        if (!user || loginRefusal(user->profile.state))
            return Outcome::of(Reply::failure(ErrorCode::SessionExpired, u"The session has ended; log in again."_s));
        return Outcome::of(Reply::success({{u"user"_s, user->profile.toJson()}}));
    });
    const Outcome found = co_await reading;
    if (!found.reply.ok())
        co_return found.reply;
    context.session->user = domain::UserProfile::fromJson(found.reply.result.value(u"user"_s).toObject());
    context.session->tokenHash = hash;
    Reply resumed = found.reply;
    resumed.result.insert(u"emailConfirmationRequired"_s,
                          context.services->config.confirmationRequired(context.services->mailer.smtp()));
    co_return resumed;
}

} // namespace ccr::server

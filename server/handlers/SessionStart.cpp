#include "SessionStart.h"

#include <app/ServerConfig.h>
#include <security/Tokens.h>
#include <store/SessionRecords.h>
#include <store/Sql.h>

#include <QDateTime>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::Reply;

QCoro::Task<Reply> startSession(RequestContext context, domain::UserProfile user)
{
    const QString token = newSessionToken();
    const QString hash = tokenHash(token);
    const qint64 expiresAt = nowMs() + qint64(context.services->config.sessionLifetimeDays) * 24 * 3600 * 1000;
    auto writing = context.write([userId = user.id, hash, expiresAt](QSqlDatabase &db) {
        return Outcome::of(insertSession(db, userId, hash, expiresAt) ? Reply::success() : storeFailure());
    });
    const Reply stored = co_await writing;
    if (!stored.ok())
        co_return stored;
    context.session->user = user;
    context.session->tokenHash = hash;
    co_return Reply::success(
        {{u"token"_s, token},
         {u"expiresAt"_s, QDateTime::fromMSecsSinceEpoch(expiresAt, Qt::UTC).toString(Qt::ISODate)},
         {u"user"_s, user.toJson()}});
}

} // namespace ccr::server

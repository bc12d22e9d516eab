#include "AuthLogoutHandler.h"

#include <net/ClientSession.h>
#include <store/SessionRecords.h>
#include <store/Sql.h>

namespace ccr::server {

using protocol::Reply;

QCoro::Task<Reply> AuthLogoutHandler::handle(RequestContext context, QJsonObject) const
{
    const QString hash = context.session->tokenHash;
    auto writing = context.write(
        [hash](QSqlDatabase &db) { return Outcome::of(revokeSession(db, hash) ? Reply::success() : storeFailure()); });
    const Reply revoked = co_await writing;
    if (revoked.ok()) {
        context.session->user.reset();
        context.session->tokenHash.clear();
        if (context.connection)
            context.connection->stopEvents();
    }
    co_return revoked;
}

} // namespace ccr::server

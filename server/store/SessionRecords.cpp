#include "SessionRecords.h"

#include "Sql.h"

#include <QSqlDatabase>
#include <QVariant>

namespace ccr::server {

using namespace Qt::StringLiterals;

bool insertSession(QSqlDatabase &db, qint64 userId, const QString &tokenHash, qint64 expiresAtMs)
{
    QSqlQuery insert =
        prepare(db, u"INSERT INTO sessions (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)"_s);
    insert.addBindValue(userId);
    insert.addBindValue(tokenHash);
    insert.addBindValue(nowMs());
    insert.addBindValue(expiresAtMs);
    return exec(insert);
}

std::optional<qint64> userIdForSession(QSqlDatabase &db, const QString &tokenHash)
{
    QSqlQuery query =
        prepare(db, u"SELECT user_id FROM sessions WHERE token_hash = ? AND revoked = 0 AND expires_at > ?"_s);
    query.addBindValue(tokenHash);
    query.addBindValue(nowMs());
    if (!exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool revokeAllSessions(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery update = prepare(db, u"UPDATE sessions SET revoked = 1 WHERE user_id = ?"_s);
    update.addBindValue(userId);
    return exec(update);
}

bool rememberClient(QSqlDatabase &db, qint64 userId, const QString &clientHash, bool *firstEver)
{
    QSqlQuery known = prepare(db, u"SELECT SUM(client_hash = ?), COUNT(*) FROM known_clients WHERE user_id = ?"_s);
    known.addBindValue(clientHash);
    known.addBindValue(userId);
    if (!exec(known) || !known.next())
        return false;
    if (known.value(0).toInt() > 0)
        return false;
    *firstEver = known.value(1).toInt() == 0;
    QSqlQuery insert = prepare(db, u"INSERT INTO known_clients (user_id, client_hash, first_seen) VALUES (?, ?, ?)"_s);
    insert.addBindValue(userId);
    insert.addBindValue(clientHash);
    insert.addBindValue(nowMs());
    return exec(insert);
}

bool revokeSession(QSqlDatabase &db, const QString &tokenHash)
{
    QSqlQuery update = prepare(db, u"UPDATE sessions SET revoked = 1 WHERE token_hash = ?"_s);
    update.addBindValue(tokenHash);
    return exec(update);
}

} // namespace ccr::server

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

bool revokeSession(QSqlDatabase &db, const QString &tokenHash)
{
    QSqlQuery update = prepare(db, u"UPDATE sessions SET revoked = 1 WHERE token_hash = ?"_s);
    update.addBindValue(tokenHash);
    return exec(update);
}

} // namespace ccr::server

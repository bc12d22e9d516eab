#include "Sql.h"

#include <QDateTime>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "ccr.server.store")

namespace ccr::server {

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    const QSqlError error = query.lastError();
    qCWarning(lcStore) << "SQL failed:" << error.nativeErrorCode() << error.databaseText() << error.driverText() << "in"
                       << query.lastQuery();
    return false;
}

bool exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    const QSqlError error = query.lastError();
    qCWarning(lcStore) << "SQL failed:" << error.nativeErrorCode() << error.databaseText() << "in" << statement;
    return false;
}

QSqlQuery prepare(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.prepare(statement)) {
        const QSqlError error = query.lastError();
        qCWarning(lcStore) << "SQL prepare failed:" << error.databaseText() << "in" << statement;
    }
    return query;
}

protocol::Reply storeFailure()
{
    return protocol::Reply::failure(protocol::ErrorCode::InternalError,
                                    QStringLiteral("The server could not complete the request; nothing was changed."));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace ccr::server

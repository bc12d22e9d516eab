#include "Sql.h"

#include <QDateTime>
#include <QSqlError>

#include <atomic>

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

namespace {
// Read from the network and database threads alike.
std::atomic<qint64> g_clockOffsetMs{0};
} // namespace

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch() + g_clockOffsetMs.load(std::memory_order_relaxed);
}

void advanceClock(qint64 milliseconds)
{
    g_clockOffsetMs.fetch_add(milliseconds, std::memory_order_relaxed);
}

} // namespace ccr::server

#pragma once

#include <protocol/Reply.h>

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace ccr::server {

// Runs a prepared query; on failure logs the driver's own error text and the
// statement, so the log says what the database said.
bool exec(QSqlQuery &query);
bool exec(QSqlDatabase &db, const QString &statement);
QSqlQuery prepare(QSqlDatabase &db, const QString &statement);

// What a request gets when the store failed: nothing about the SQL leaks.
protocol::Reply storeFailure();

// The store's clock: wall time plus a process-wide offset. The offset only
// moves when ccr-server runs with --test-clock and an admin calls
// debug.advanceClock, so tests can make SLA deadlines pass without waiting.
qint64 nowMs();
void advanceClock(qint64 milliseconds);

} // namespace ccr::server

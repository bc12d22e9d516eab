#pragma once

#include "Outcome.h"

#include <QFuture>
#include <QString>

#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>

class QSqlDatabase;
class QThreadPool;

namespace ccr::server {

// The store's one door. All SQL runs on the database thread, which owns the
// connection; the network thread awaits the result with QCoro and never
// blocks on the disk.
class Database
{
public:
    using Work = std::function<Outcome(QSqlDatabase &)>;

    explicit Database(QString sqliteFile);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file and applies migrations; an error message on failure.
    QCoro::Task<QString> open();
    // A plain QFuture (not a coroutine): co_await it with QCoro.
    QFuture<Outcome> run(Work work);
    // For the command-line tools that run before any event loop serves clients.
    Outcome runBlocking(Work work);

    QString file() const { return m_file; }

private:
    template<typename Function>
    QFuture<std::invoke_result_t<Function>> submit(Function function);
    Outcome runOnDatabaseThread(const Work &work);

    QString m_file;
    QString m_connectionName;
    std::unique_ptr<QThreadPool> m_thread;
};

} // namespace ccr::server

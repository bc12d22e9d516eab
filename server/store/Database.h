#pragma once

#include "Outcome.h"

#include <QFuture>
#include <QPromise>
#include <QSqlDatabase>
#include <QString>

#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace ccr::server {

class WalCheckpointer;

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
    // A plain QFuture (not a coroutine): co_await it with QCoro. Units of work
    // that arrive while the database thread is busy are run together in one
    // outer transaction and made durable by one commit (group commit); each
    // unit's Transaction becomes a savepoint, so a failing unit rolls back only
    // itself. The future finishes only after the shared commit, so nothing is
    // acknowledged before it is on disk.
    QFuture<Outcome> run(Work work);
    // Any other result type; nullopt when the database could not be opened.
    template <typename Result> QFuture<std::optional<Result>> query(std::function<Result(QSqlDatabase &)> work)
    {
        auto promise = std::make_shared<QPromise<std::optional<Result>>>();
        QFuture<std::optional<Result>> future = promise->future();
        promise->start();
        post([this, promise, work = std::move(work)] {
            QSqlDatabase *db = connection();
            promise->addResult(db ? std::optional<Result>(work(*db)) : std::nullopt);
            promise->finish();
        });
        return future;
    }
    // For the command-line tools that run before any event loop serves clients.
    // Runs alone, outside any group commit (it may checkpoint or change pragmas).
    Outcome runBlocking(Work work);

    QString file() const { return m_file; }

private:
    // Runs on the database thread. A QPromise rather than QtConcurrent::run:
    // a waiting QFuture from QtConcurrent may "steal" the task and run it on
    // the waiting thread, which would use the connection from the wrong thread.
    void post(std::function<void()> task);
    // Runs on the database thread: takes the waiting units of work and runs
    // them as one group; posts itself again while more are waiting, behind
    // any queued reads, so reads are not starved by a stream of writes.
    void runNextGroup();
    // This thread's connection, opened and configured on first use; null if
    // the file cannot be opened. Only ever called on the database thread.
    QSqlDatabase *connection();

    QString m_file;
    QString m_connectionName;
    std::optional<QSqlDatabase> m_db; // touched only on the database thread
    std::unique_ptr<QThreadPool> m_thread;
    struct WriteQueue;
    std::unique_ptr<WriteQueue> m_writes;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // from open() on
};

} // namespace ccr::server

#include "Database.h"

#include "Migrations.h"
#include "Sql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QThreadPool>
#include <QUuid>
#include <QFuture>
#include <QPromise>

#include <qcoro/qcorofuture.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

Database::Database(QString sqliteFile)
    : m_file(std::move(sqliteFile))
    , m_connectionName(u"ccr-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_thread(std::make_unique<QThreadPool>())
{
    // One thread that never expires: it owns the connection for its lifetime
    // (a QSqlDatabase must stay on the thread that opened it), and SQLite has
    // one writer anyway.
    m_thread->setMaxThreadCount(1);
    m_thread->setExpiryTimeout(-1);
}

Database::~Database()
{
    const QString name = m_connectionName;
    submit([name] {
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }).waitForFinished();
    m_thread->waitForDone();
}

template<typename Function>
QFuture<std::invoke_result_t<Function>> Database::submit(Function function)
{
    // A QPromise rather than QtConcurrent::run: a waiting QFuture from
    // QtConcurrent may "steal" the task and run it on the waiting thread,
    // which would use the connection from the wrong thread.
    using Result = std::invoke_result_t<Function>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    m_thread->start([promise, function = std::move(function)]() mutable {
        if constexpr (std::is_void_v<Result>)
            function();
        else
            promise->addResult(function());
        promise->finish();
    });
    return future;
}

QCoro::Task<QString> Database::open()
{
    QFuture<Outcome> migrating = run([](QSqlDatabase &db) {
        const QString error = applyMigrations(db);
        return Outcome::of(error.isEmpty() ? Reply::success()
                                           : Reply::failure(ErrorCode::InternalError, error));
    });
    const Outcome outcome = co_await migrating;
    co_return outcome.reply.ok() ? QString() : outcome.reply.error->message;
}

QFuture<Outcome> Database::run(Work work)
{
    return submit([this, work = std::move(work)] { return runOnDatabaseThread(work); });
}

Outcome Database::runBlocking(Work work)
{
    return submit([this, work = std::move(work)] { return runOnDatabaseThread(work); }).result();
}

Outcome Database::runOnDatabaseThread(const Work &work)
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_file);
        if (!db.open()) {
            qCCritical(lcStore) << "cannot open" << m_file << db.lastError().text();
            return Outcome::of(Reply::failure(ErrorCode::InternalError, u"The database cannot be opened."_s));
        }
        // WAL for readers beside the writer, FULL so an acknowledged commit
        // survives power loss, foreign keys because SQLite defaults them off.
        for (const auto *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA busy_timeout=5000"}) {
            if (!exec(db, QString::fromLatin1(pragma)))
                return Outcome::of(Reply::failure(ErrorCode::InternalError, u"The database cannot be configured."_s));
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return work(db);
}

} // namespace ccr::server

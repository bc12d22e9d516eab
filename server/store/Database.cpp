#include "Database.h"

#include "Migrations.h"
#include "Sql.h"

#include <QFuture>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThreadPool>
#include <QUuid>

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
    QPromise<void> closed;
    QFuture<void> done = closed.future();
    closed.start();
    post([this, name, &closed] {
        if (m_db) {
            m_db->close();
            m_db.reset();
            QSqlDatabase::removeDatabase(name);
        }
        closed.finish();
    });
    done.waitForFinished();
    m_thread->waitForDone();
}

void Database::post(std::function<void()> task)
{
    m_thread->start(std::move(task));
}

QCoro::Task<QString> Database::open()
{
    QFuture<Outcome> migrating = run([](QSqlDatabase &db) {
        const QString error = applyMigrations(db);
        return Outcome::of(error.isEmpty() ? Reply::success() : Reply::failure(ErrorCode::InternalError, error));
    });
    const Outcome outcome = co_await migrating;
    co_return outcome.reply.ok() ? QString() : outcome.reply.error->message;
}

QFuture<Outcome> Database::run(Work work)
{
    auto promise = std::make_shared<QPromise<Outcome>>();
    QFuture<Outcome> future = promise->future();
    promise->start();
    post([this, promise, work = std::move(work)] {
        QSqlDatabase *db = connection();
        promise->addResult(
            db ? work(*db) : Outcome::of(Reply::failure(ErrorCode::InternalError, u"The database is unavailable."_s)));
        promise->finish();
    });
    return future;
}

Outcome Database::runBlocking(Work work)
{
    return run(std::move(work)).result();
}

QSqlDatabase *Database::connection()
{
    auto &db = m_db;
    if (db && db->isOpen())
        return &*db;
    db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db->setDatabaseName(m_file);
    if (!db->open()) {
        qCCritical(lcStore) << "cannot open" << m_file << db->lastError().text();
        return nullptr;
    }
    // WAL for readers beside the writer, FULL so an acknowledged commit
    // survives power loss, foreign keys because SQLite defaults them off.
    for (const auto *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!exec(*db, QString::fromLatin1(pragma)))
            return nullptr;
    }
    return &*db;
}

} // namespace ccr::server

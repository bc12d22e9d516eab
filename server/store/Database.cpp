#include "Database.h"

#include "Migrations.h"
#include "Sql.h"
#include "Transaction.h"
#include "WalCheckpointer.h"

#include <QFuture>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThreadPool>
#include <QUuid>

#include <qcoro/qcorofuture.h>

#include <deque>
#include <mutex>
#include <vector>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

namespace {

// Enough to turn a burst from many clients into one fsync, small enough that
// the first unit in a group does not wait long for the last.
constexpr std::size_t kMaxGroup = 256;
// A few commits' worth of log between passive checkpoints.
constexpr int kCheckpointIntervalMs = 200;

struct PendingWork
{
    Database::Work work;
    std::shared_ptr<QPromise<Outcome>> promise;
    bool alone = false; // runBlocking: never inside a group
};

Outcome unavailable()
{
    return Outcome::of(Reply::failure(ErrorCode::InternalError, u"The database is unavailable."_s));
}

void deliver(PendingWork &pending, Outcome outcome)
{
    pending.promise->addResult(std::move(outcome));
    pending.promise->finish();
}

} // namespace

struct Database::WriteQueue
{
    std::mutex mutex;
    std::deque<PendingWork> waiting;
    bool drainPosted = false;
};

Database::Database(QString sqliteFile)
    : m_file(std::move(sqliteFile))
    , m_connectionName(u"ccr-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_thread(std::make_unique<QThreadPool>())
    , m_writes(std::make_unique<WriteQueue>())
{
    // One thread that never expires: it owns the connection for its lifetime
    // (a QSqlDatabase must stay on the thread that opened it), and SQLite has
    // one writer anyway.
    m_thread->setMaxThreadCount(1);
    m_thread->setExpiryTimeout(-1);
}

Database::~Database()
{
    m_checkpointer.reset(); // its connection closes before the writer's
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
    if (!outcome.reply.ok())
        co_return outcome.reply.error->message;
    // The log goes back into the file between commits, not inside one.
    m_checkpointer = std::make_unique<WalCheckpointer>(m_file);
    m_checkpointer->start(kCheckpointIntervalMs);
    co_return QString();
}

QFuture<Outcome> Database::run(Work work)
{
    auto promise = std::make_shared<QPromise<Outcome>>();
    QFuture<Outcome> future = promise->future();
    promise->start();
    bool postDrain = false;
    {
        std::lock_guard lock(m_writes->mutex);
        m_writes->waiting.push_back({std::move(work), promise});
        postDrain = !std::exchange(m_writes->drainPosted, true);
    }
    if (postDrain)
        post([this] { runNextGroup(); });
    return future;
}

Outcome Database::runBlocking(Work work)
{
    auto promise = std::make_shared<QPromise<Outcome>>();
    QFuture<Outcome> future = promise->future();
    promise->start();
    post([this, pending = PendingWork{std::move(work), promise, true}]() mutable {
        QSqlDatabase *db = connection();
        deliver(pending, db ? pending.work(*db) : unavailable());
    });
    return future.result();
}

void Database::runNextGroup()
{
    std::vector<PendingWork> group;
    {
        std::lock_guard lock(m_writes->mutex);
        while (!m_writes->waiting.empty() && group.size() < kMaxGroup) {
            group.push_back(std::move(m_writes->waiting.front()));
            m_writes->waiting.pop_front();
        }
    }
    QSqlDatabase *db = connection();
    if (!db) {
        for (auto &pending : group)
            deliver(pending, unavailable());
    } else if (group.size() == 1) {
        // Nothing to share a commit with: the unit's own transaction commits.
        deliver(group.front(), group.front().work(*db));
    } else {
        qCDebug(lcStore) << "group commit of" << group.size() << "units";
        std::vector<Outcome> outcomes;
        outcomes.reserve(group.size());
        bool committed = false;
        {
            OuterTransaction outer(*db);
            for (auto &pending : group)
                outcomes.push_back(outer.active() ? pending.work(*db) : unavailable());
            committed = outer.active() && outer.commit();
        }
        // One failed commit fails the whole group: nothing in it is on disk,
        // so no unit may be acknowledged or announce its events.
        for (std::size_t i = 0; i < group.size(); ++i)
            deliver(group[i], committed ? std::move(outcomes[i]) : unavailable());
    }
    bool more = false;
    {
        std::lock_guard lock(m_writes->mutex);
        more = !m_writes->waiting.empty();
        m_writes->drainPosted = more;
    }
    if (more)
        post([this] { runNextGroup(); });
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
    // The WalCheckpointer copies the log back between commits; a commit
    // does it itself only if the log ever grows this far.
    if (!exec(*db, u"PRAGMA wal_autocheckpoint=%1"_s.arg(WalCheckpointer::kSafetyNetPages)))
        return nullptr;
    return &*db;
}

} // namespace ccr::server

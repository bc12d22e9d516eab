#include "WalCheckpointer.h"

#include "Sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <optional>

namespace ccr::server {

using namespace Qt::StringLiterals;

struct WalCheckpointer::Connection
{
    QString name = u"ccr-checkpoint-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<QSqlDatabase> db;
};

WalCheckpointer::WalCheckpointer(QString sqliteFile, QObject *parent)
    : QObject(parent)
    , m_file(std::move(sqliteFile))
    , m_connection(std::make_unique<Connection>())
    , m_thread(std::make_unique<QThreadPool>())
    , m_timer(new QTimer(this))
{
    // One thread that stays: the connection belongs to it.
    m_thread->setMaxThreadCount(1);
    m_thread->setExpiryTimeout(-1);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_running.exchange(true))
            return; // the last one is still copying
        m_thread->start([this] {
            checkpoint();
            m_running = false;
        });
    });
}

WalCheckpointer::~WalCheckpointer()
{
    m_timer->stop();
    m_thread->start([this] {
        const QString name = m_connection->name;
        m_connection->db.reset();
        if (QSqlDatabase::contains(name))
            QSqlDatabase::removeDatabase(name);
    });
    m_thread->waitForDone();
}

void WalCheckpointer::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

void WalCheckpointer::checkpoint()
{
    auto &db = m_connection->db;
    if (!db) {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection->name);
        db->setDatabaseName(m_file);
        if (!db->open() || !exec(*db, u"PRAGMA busy_timeout=5000"_s)) {
            qCWarning(lcStore) << "checkpoint connection failed; the writer's own checkpoint remains";
            db.reset();
            QSqlDatabase::removeDatabase(m_connection->name);
            return;
        }
    }
    QSqlQuery query(*db);
    if (!query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s))
        qCDebug(lcStore) << "passive checkpoint did not run";
}

} // namespace ccr::server

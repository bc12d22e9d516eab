#include "Transaction.h"

#include "Sql.h"

#include <QJsonDocument>
#include <QSqlError>

namespace ccr::server {

using namespace Qt::StringLiterals;

namespace {

// Only the database thread runs store work, so "is a group commit open" is a
// property of the thread.
thread_local bool t_insideOuter = false;
thread_local quint64 t_savepointCounter = 0;

} // namespace

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    if (t_insideOuter) {
        m_savepoint = u"unit_%1"_s.arg(++t_savepointCounter);
        m_active = exec(m_db, u"SAVEPOINT "_s + m_savepoint);
    } else {
        m_active = m_db.transaction();
    }
    if (!m_active)
        qCWarning(lcStore) << "cannot begin transaction:" << m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (!m_active || m_committed)
        return;
    const bool rolledBack =
        m_savepoint.isEmpty() ? m_db.rollback()
                              : exec(m_db, u"ROLLBACK TO "_s + m_savepoint) && exec(m_db, u"RELEASE "_s + m_savepoint);
    if (!rolledBack)
        qCWarning(lcStore) << "rollback failed:" << m_db.lastError().text();
}

bool Transaction::recordEvent(const QString &name, const QJsonObject &data, qint64 customerId)
{
    QSqlQuery insert = prepare(m_db, u"INSERT INTO events (name, customer_id, data, created_at) VALUES (?, ?, ?, ?)"_s);
    insert.addBindValue(name);
    insert.addBindValue(customerId);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    insert.addBindValue(nowMs());
    if (!exec(insert))
        return false;
    m_events.append({insert.lastInsertId().toLongLong(), name, data, customerId});
    return true;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const bool done = m_savepoint.isEmpty() ? m_db.commit() : exec(m_db, u"RELEASE "_s + m_savepoint);
    if (!done) {
        qCWarning(lcStore) << "commit failed:" << m_db.lastError().text();
        return false;
    }
    m_committed = true;
    return true;
}

StoredEvents Transaction::takeEvents()
{
    return m_committed ? std::exchange(m_events, {}) : StoredEvents{};
}

OuterTransaction::OuterTransaction(QSqlDatabase &db)
    : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active) {
        qCWarning(lcStore) << "cannot begin group transaction:" << m_db.lastError().text();
        return;
    }
    t_insideOuter = true;
}

OuterTransaction::~OuterTransaction()
{
    t_insideOuter = false;
    if (m_active && !m_committed && !m_db.rollback())
        qCWarning(lcStore) << "group rollback failed:" << m_db.lastError().text();
}

bool OuterTransaction::commit()
{
    // Savepoints end with the units; the commit itself must not see one open.
    t_insideOuter = false;
    if (!m_db.commit()) {
        qCWarning(lcStore) << "group commit failed:" << m_db.lastError().text();
        return false;
    }
    m_committed = true;
    return true;
}

} // namespace ccr::server

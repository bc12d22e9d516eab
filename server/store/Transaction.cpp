#include "Transaction.h"

#include "Sql.h"

#include <QJsonDocument>
#include <QSqlError>

namespace ccr::server {

using namespace Qt::StringLiterals;

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcStore) << "cannot begin transaction:" << m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active && !m_committed && !m_db.rollback())
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
    if (!m_db.commit()) {
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

} // namespace ccr::server

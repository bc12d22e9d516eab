#pragma once

#include "StoredEvent.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace ccr::server {

// A write transaction that rolls back in its destructor unless committed.
// Change events are written to the event log inside it, so a notification
// exists exactly when its change does (Akonadi's NotificationCollector idea).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool active() const { return m_active; }
    bool recordEvent(const QString &name, const QJsonObject &data, qint64 customerId);
    bool commit();
    // The events this transaction committed; empty until commit() succeeded.
    StoredEvents takeEvents();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    bool m_committed = false;
    StoredEvents m_events;
};

} // namespace ccr::server

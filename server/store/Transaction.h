#pragma once

#include "StoredEvent.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

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
    QString m_savepoint; // set when nested in an OuterTransaction
    bool m_active = false;
    bool m_committed = false;
    StoredEvents m_events;
};

// The group commit's shared transaction (see Database::run). While one is
// open on this thread, every Transaction becomes a savepoint inside it, so
// units of work keep their all-or-nothing rollback but share one durable
// commit. Rolls back unless committed.
class OuterTransaction
{
public:
    explicit OuterTransaction(QSqlDatabase &db);
    ~OuterTransaction();
    OuterTransaction(const OuterTransaction &) = delete;
    OuterTransaction &operator=(const OuterTransaction &) = delete;

    bool active() const { return m_active; }
    bool commit();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    bool m_committed = false;
};

} // namespace ccr::server

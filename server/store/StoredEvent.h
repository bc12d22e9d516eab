#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ccr::server {

// A change notification as the event log keeps it. customerId names the one
// non-staff user allowed to see it (a ticket's customer, or the account an
// account event is about); active staff see every event; 0 means staff only.
struct StoredEvent
{
    qint64 seq = 0;
    QString name;
    QJsonObject data;
    qint64 customerId = 0;
};

using StoredEvents = QList<StoredEvent>;

} // namespace ccr::server

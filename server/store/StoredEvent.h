#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ccr::server {

// A change notification as the event log keeps it. customerId names the one
// customer allowed to see it (staff see every event); 0 means staff only.
struct StoredEvent
{
    qint64 seq = 0;
    QString name;
    QJsonObject data;
    qint64 customerId = 0;
};

using StoredEvents = QList<StoredEvent>;

} // namespace ccr::server

#pragma once

#include <QHash>
#include <QObject>

#include <qcoro/qcorotask.h>

namespace ccr::server {

class Database;
class EventHub;

// Counts each agent's live, logged-in connections on the network thread. The
// first one makes the agent online, closing the last one makes them offline
// (agent_presence row + presence.changed event). Connections report whom
// they serve after every request and when they close (ClientSession), so a
// login, a logout, a deactivation and a dropped socket are all seen.
class PresenceTracker : public QObject
{
    Q_OBJECT
public:
    PresenceTracker(Database &db, EventHub &hub, QObject *parent = nullptr);

    // `connection` now serves agent `agentId` (0: no active agent).
    void sync(const void *connection, qint64 agentId);
    // The connection is being destroyed with the server: no store work.
    void forget(const void *connection);
    // At start: everybody offline. False when the store failed.
    QCoro::Task<bool> resetAll();

private:
    void write(qint64 agentId, const QString &state);

    Database &m_db;
    EventHub &m_hub;
    QHash<const void *, qint64> m_agentOf;
    QHash<qint64, int> m_connections;
};

} // namespace ccr::server

#include "PresenceTracker.h"

#include "PresenceRecords.h"

#include <net/EventHub.h>
#include <store/Database.h>

#include <qcoro/qcorofuture.h>

namespace ccr::server {

using namespace Qt::StringLiterals;

PresenceTracker::PresenceTracker(Database &db, EventHub &hub, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_hub(hub)
{
}

void PresenceTracker::sync(const void *connection, qint64 agentId)
{
    const qint64 before = m_agentOf.value(connection, 0);
    if (before == agentId)
        return;
    if (agentId == 0)
        m_agentOf.remove(connection);
    else
        m_agentOf.insert(connection, agentId);
    if (before != 0 && --m_connections[before] == 0) {
        m_connections.remove(before);
        write(before, u"offline"_s);
    }
    if (agentId != 0 && ++m_connections[agentId] == 1)
        write(agentId, u"online"_s);
}

void PresenceTracker::forget(const void *connection)
{
    const qint64 agent = m_agentOf.take(connection);
    if (agent != 0 && --m_connections[agent] == 0)
        m_connections.remove(agent);
}

void PresenceTracker::write(qint64 agentId, const QString &state)
{
    // Posted now, so it is in the store's queue before anything the client
    // does after the response that follows; published when done.
    QFuture<Outcome> change =
        m_db.run([agentId, state](QSqlDatabase &db) { return changePresence(db, agentId, state); });
    change.then(this, [this](const Outcome &outcome) { m_hub.publish(outcome.events); });
}

QCoro::Task<bool> PresenceTracker::resetAll()
{
    auto reset = m_db.run([](QSqlDatabase &db) { return resetPresence(db); });
    const Outcome outcome = co_await reset;
    m_hub.publish(outcome.events);
    co_return outcome.reply.ok();
}

} // namespace ccr::server

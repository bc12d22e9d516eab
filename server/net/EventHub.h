#pragma once

#include <handlers/RequestContext.h>
#include <store/StoredEvent.h>

#include <QList>
#include <QPointer>

namespace ccr::server {

class ClientSession;

// Fans committed change events out to subscribed connections. Each event is
// serialised once and the same bytes go to every recipient allowed to see it
// (Mumble's sendProtoExcept idea); each session filters by role and ownership.
class EventHub
{
public:
    // Events older than this many behind the head are not replayed: the
    // client reloads its lists instead (resync_required).
    static constexpr int kReplayLimit = 1000;

    void publish(const StoredEvents &events);
    QCoro::Task<protocol::Reply> subscribe(RequestContext context, qint64 since);
    void remove(ClientSession *session);
    qsizetype subscriberCount() const { return m_subscribers.size(); }

private:
    QList<ClientSession *> m_subscribers;
};

} // namespace ccr::server

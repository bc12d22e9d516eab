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
    // A transient event (typing): encoded once without a sequence number and
    // sent now to live subscribers allowed to see it (customerId as for
    // stored events, 0 = staff only), except `exceptUserId`'s own connections.
    // Never stored, so never replayed.
    void publishTransient(const QString &name, const QJsonObject &data, qint64 customerId, qint64 exceptUserId);
    // Whether the user has a connection subscribed to events right now: a
    // pushed message reaches them, so no offline mail is needed.
    bool hasSubscriber(qint64 userId) const;
    QCoro::Task<protocol::Reply> subscribe(RequestContext context, qint64 since);
    void remove(ClientSession *session);
    qsizetype subscriberCount() const { return m_subscribers.size(); }

private:
    QList<ClientSession *> m_subscribers;
};

} // namespace ccr::server

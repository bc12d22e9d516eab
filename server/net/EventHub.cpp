#include "EventHub.h"

#include "ClientSession.h"

#include <protocol/Envelope.h>
#include <protocol/FrameCodec.h>
#include <store/EventRecords.h>
#include <store/Sql.h>

#include <algorithm>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

namespace {

QByteArray encode(const StoredEvent &event)
{
    return protocol::encodeFrame(protocol::makeEvent(event.seq, event.name, event.data));
}

} // namespace

void EventHub::publish(const StoredEvents &events)
{
    for (const auto &event : events) {
        const QByteArray frame = encode(event);
        // A copy: delivering may close a slow session, which removes itself.
        const auto subscribers = m_subscribers;
        for (ClientSession *session : subscribers)
            session->deliverEvent(event, frame);
    }
}

void EventHub::publishTransient(const QString &name, const QJsonObject &data, qint64 customerId,
                                qint64 exceptUserId)
{
    const QByteArray frame = protocol::encodeFrame(protocol::makeTransientEvent(name, data));
    const auto subscribers = m_subscribers;
    for (ClientSession *session : subscribers)
        session->deliverTransient(customerId, exceptUserId, frame);
}

bool EventHub::hasSubscriber(qint64 userId) const
{
    return std::any_of(m_subscribers.cbegin(), m_subscribers.cend(), [userId](const ClientSession *session) {
        return session->receivesEvents() && session->userId() == userId;
    });
}

QCoro::Task<Reply> EventHub::subscribe(RequestContext context, qint64 since)
{
    QPointer<ClientSession> connection = context.connection;
    if (!connection)
        co_return Reply::failure(ErrorCode::Disconnected, u"The connection has closed."_s);
    // Live events are buffered from here on, so none falls between the replay
    // query and going live.
    connection->beginReplay(since);
    if (!m_subscribers.contains(connection.get()))
        m_subscribers.append(connection.get());

    const auto &user = context.user();
    const bool seesAll = domain::isStaff(user.role) && user.state == domain::AccountState::Active;
    const qint64 customerFilter = seesAll ? 0 : user.id;
    auto pending = context.read([since, customerFilter](QSqlDatabase &db) {
        const auto head = eventHead(db);
        const auto missed = eventsSince(db, since, customerFilter, kReplayLimit + 1);
        if (!head || !missed)
            return Outcome::of(storeFailure());
        return Outcome{Reply::success({{u"eventSeq"_s, *head}}), *missed};
    });
    const Outcome outcome = co_await pending;
    if (!connection)
        co_return Reply::failure(ErrorCode::Disconnected, u"The connection has closed."_s);
    if (!outcome.reply.ok()) {
        connection->stopEvents();
        co_return outcome.reply;
    }
    if (outcome.events.size() > kReplayLimit) {
        connection->stopEvents();
        co_return Reply::failure(ErrorCode::ResyncRequired,
                                 u"Too many changes were missed; reload the lists and subscribe again."_s);
    }
    if (since > outcome.reply.result.value(u"eventSeq"_s).toInteger()) {
        // The client has seen events this store does not have (restored from
        // a backup, or another installation): streaming on from its number
        // would silently skip the store's next events.
        connection->stopEvents();
        co_return Reply::failure(
            ErrorCode::ResyncRequired,
            u"The server's history is behind this client's; reload the lists and subscribe again."_s);
    }
    QList<QByteArray> frames;
    for (const auto &event : outcome.events)
        frames.append(encode(event));
    connection->finishReplay(outcome.events, frames);
    co_return outcome.reply;
}

void EventHub::remove(ClientSession *session)
{
    m_subscribers.removeOne(session);
}

} // namespace ccr::server

#pragma once

#include "SessionLimits.h"

#include <handlers/SessionState.h>
#include <protocol/FrameCodec.h>
#include <protocol/Reply.h>
#include <store/StoredEvent.h>

#include <QJsonObject>
#include <QObject>

#include <qcoro/qcorotask.h>

#include <memory>

class QTcpSocket;
class QTimer;

namespace ccr::protocol {
class FrameChannel;
}

namespace ccr::server {

class HandlerRegistry;
struct ServerServices;

// One client connection: hello first, then requests dispatched to handlers
// (checked against the session's role), and the pushed event stream.
class ClientSession : public QObject
{
    Q_OBJECT
public:
    ClientSession(QTcpSocket *socket, const HandlerRegistry &registry, ServerServices &services,
                  const SessionLimits &limits, QObject *parent = nullptr);
    ~ClientSession() override;

    // The event stream (EventHub drives these).
    // Starts a stream that resumes after `since` (what the client has applied).
    void beginReplay(qint64 since);
    void finishReplay(const StoredEvents &missed, const QList<QByteArray> &frames);
    void stopEvents();
    void deliverEvent(const StoredEvent &event, const QByteArray &frame);
    // A transient event (no seq): sent at once, also during a replay, to a
    // subscribed session that may see customerId's events, unless it is
    // exceptUserId's (typing is not echoed to the typist).
    void deliverTransient(qint64 customerId, qint64 exceptUserId, const QByteArray &frame);
    bool receivesEvents() const { return m_stream != Stream::Off && m_stage != Stage::Closing; }
    void refreshUser(const domain::UserProfile &user)
    {
        if (m_state->user && m_state->user->id == user.id)
            m_state->user = user;
        syncPresence();
    }
    // An admin ended this user's sessions: say why, then close.
    void endSession(const QString &reason);
    std::optional<qint64> userId() const { return m_state->user ? std::optional(m_state->user->id) : std::nullopt; }

Q_SIGNALS:
    void finished(ccr::server::ClientSession *session);

private:
    enum class Stage
    {
        AwaitingHello,
        Open,
        Closing
    };
    enum class Stream
    {
        Off,
        Replaying,
        Live
    };

    void onMessage(const QJsonObject &message);
    void onBadFrame(protocol::FrameDecoder::Status status);
    void onHello(const QJsonObject &hello);
    void dispatch(const QJsonObject &request);
    QCoro::Task<void> runRequest(QJsonValue id, QString method, QJsonObject params);
    void respond(const QJsonValue &id, const protocol::Reply &reply);
    void closeWithGoodbye(protocol::ErrorCode code, const QString &message);
    void sendEncoded(const QByteArray &frame);
    bool mayReceive(const StoredEvent &event) const;
    void onDisconnected();
    // Tells agent presence whom this connection serves now (an active agent
    // or nobody); called after every request and when the user changes or
    // the connection ends.
    void syncPresence();

    QTcpSocket *m_socket;
    protocol::FrameChannel *m_channel;
    const HandlerRegistry &m_registry;
    ServerServices &m_services;
    SessionLimits m_limits;
    std::shared_ptr<SessionState> m_state;
    QTimer *m_helloTimer;
    QTimer *m_idleTimer;
    Stage m_stage = Stage::AwaitingHello;
    Stream m_stream = Stream::Off;
    bool m_finished = false;
    int m_inFlight = 0;
    int m_clientProtocol = 0;
    qint64 m_deliveredSeq = 0;
    QList<std::pair<qint64, QByteArray>> m_replayBuffer; // live events held back during a replay
};

} // namespace ccr::server

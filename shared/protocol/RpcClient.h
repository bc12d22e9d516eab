#pragma once

#include "Reply.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <qcoro/qcorotask.h>

#include <chrono>
#include <memory>

class QSslSocket;
class QTimer;

namespace ccr::protocol {

class FrameChannel;
class PendingCall;
class TrustStore;

struct Endpoint
{
    QString host;
    quint16 port = 0;
    bool tls = true;
};

// The client end of the protocol, shared by ccr-client, the tests and
// ccr-bench: connects (TLS with trust on first use), says hello, correlates
// responses with requests by id, and delivers pushed events in sequence
// order, each at most once.
class RpcClient : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected,
        Connecting,
        Ready
    };
    Q_ENUM(State)

    explicit RpcClient(TrustStore *trust, QString software, QObject *parent = nullptr);
    ~RpcClient() override;

    // Starts connecting; ready() or closed() tells how it went.
    void open(const Endpoint &endpoint);
    // open() and wait: true once the server has welcomed us.
    QCoro::Task<bool> connectTo(Endpoint endpoint, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    void close();

    QCoro::Task<Reply> call(QString method, QJsonObject params = {},
                            std::chrono::milliseconds timeout = std::chrono::seconds(15));

    State state() const { return m_state; }
    Endpoint endpoint() const { return m_endpoint; }
    // Highest event sequence number delivered; events at or below it are dropped.
    qint64 lastSeq() const { return m_lastSeq; }
    void setLastSeq(qint64 seq) { m_lastSeq = seq; }
    QString lastCloseReason() const { return m_closeReason; }
    // Why the last connection ended or never opened, as a code: disconnected
    // (network), timeout, malformed_frame (the peer is not a CCR server),
    // unsupported_version, or the code of the server's goodbye.
    ErrorCode lastCloseCode() const { return m_closeCode; }

Q_SIGNALS:
    void ready();
    void closed(const QString &reason);
    // seq is 0 for transient events (typing), which are never replayed.
    void eventReceived(const QString &event, const QJsonObject &data, qint64 seq);
    void certificatePinned(const QString &fingerprint);
    void certificateMismatch(const QString &pinned, const QString &presented);
    // The outcome of one open(): true once welcomed, false if it failed first.
    void openFinished(bool ready);
    // The server's reason for closing, just before closed(): e.g.
    // session_expired when an administrator ended this account's access.
    void goodbyeReceived(const ccr::protocol::ApiError &error);
    // An events.subscribe succeeded: the server now streams events to this
    // connection (a new connection needs its own subscribe).
    void subscribed();

private:
    void onSocketConnected();
    void onMessage(const QJsonObject &message);
    void onSocketClosed();
    void onSslErrors();
    void onSocketError();
    void onWelcome(const QJsonObject &welcome);
    void fail(ErrorCode code, const QString &reason);
    void failPending();

    TrustStore *m_trust;
    QString m_software;
    Endpoint m_endpoint;
    State m_state = State::Disconnected;
    QSslSocket *m_socket = nullptr;
    FrameChannel *m_channel = nullptr;
    QTimer *m_keepAlive = nullptr;
    qint64 m_nextId = 1;
    qint64 m_lastSeq = 0;
    QString m_closeReason;
    ErrorCode m_closeCode = ErrorCode::Disconnected;
    QHash<qint64, std::shared_ptr<PendingCall>> m_pending;
};

} // namespace ccr::protocol

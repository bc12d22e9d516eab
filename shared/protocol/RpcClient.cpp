#include "RpcClient.h"

#include "Envelope.h"
#include "Fields.h"
#include "FrameChannel.h"
#include "Messages.h"
#include "PendingCall.h"
#include "ProtocolVersion.h"
#include "TrustStore.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

#include <qcoro/qcorosignal.h>

Q_LOGGING_CATEGORY(lcRpc, "ccr.client.rpc")

namespace ccr::protocol {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr auto kKeepAliveInterval = 30s;
}

RpcClient::RpcClient(TrustStore *trust, QString software, QObject *parent)
    : QObject(parent)
    , m_trust(trust)
    , m_software(std::move(software))
    , m_keepAlive(new QTimer(this))
{
    m_keepAlive->setInterval(kKeepAliveInterval);
    connect(m_keepAlive, &QTimer::timeout, this, [this] { call(methods::ping); });
}

RpcClient::~RpcClient()
{
    failPending();
}

void RpcClient::open(const Endpoint &endpoint)
{
    close();
    m_endpoint = endpoint;
    m_state = State::Connecting;
    m_closeReason.clear();
    m_closeCode = ErrorCode::Disconnected;
    m_socket = new QSslSocket(this);
    m_channel = new FrameChannel(m_socket, kMaxFrameBytes, m_socket);
    connect(m_channel, &FrameChannel::messageReceived, this, &RpcClient::onMessage);
    connect(m_channel, &FrameChannel::badFrame, this, [this] {
        fail(ErrorCode::MalformedFrame, tr("The server sent data that is not CCR protocol: it may not be a CCR server. "
                                           "Check the address and port."));
    });
    connect(m_socket, &QSslSocket::disconnected, this, &RpcClient::onSocketClosed);
    connect(m_socket, &QSslSocket::errorOccurred, this, &RpcClient::onSocketError);
    if (endpoint.tls) {
        connect(m_socket, &QSslSocket::encrypted, this, &RpcClient::onSocketConnected);
        connect(m_socket, &QSslSocket::sslErrors, this, &RpcClient::onSslErrors);
        m_socket->connectToHostEncrypted(endpoint.host, endpoint.port);
    } else {
        connect(m_socket, &QSslSocket::connected, this, &RpcClient::onSocketConnected);
        m_socket->connectToHost(endpoint.host, endpoint.port);
    }
}

QCoro::Task<bool> RpcClient::connectTo(Endpoint endpoint, std::chrono::milliseconds timeout)
{
    QPointer<RpcClient> self(this);
    open(endpoint);
    auto opened = qCoro(this, &RpcClient::openFinished, timeout);
    const auto outcome = co_await opened;
    if (!self)
        co_return false;
    if (!outcome.has_value()) {
        m_closeReason = tr("The server did not answer in time.");
        m_closeCode = ErrorCode::Timeout;
        close();
    }
    co_return m_state == State::Ready;
}

void RpcClient::close()
{
    m_keepAlive->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
        m_channel = nullptr;
    }
    const State previous = std::exchange(m_state, State::Disconnected);
    failPending();
    if (previous == State::Connecting)
        Q_EMIT openFinished(false);
    if (previous != State::Disconnected)
        Q_EMIT closed(m_closeReason);
}

QCoro::Task<Reply> RpcClient::call(QString method, QJsonObject params, std::chrono::milliseconds timeout)
{
    if (m_state != State::Ready)
        co_return Reply::failure(ErrorCode::Disconnected,
                                 tr("Not connected to the server. Try again once the connection is back."));
    QPointer<RpcClient> self(this);
    const qint64 id = m_nextId++;
    auto pending = std::make_shared<PendingCall>();
    m_pending.insert(id, pending);
    m_channel->send(makeRequest(id, method, params));

    auto finished = qCoro(pending.get(), &PendingCall::finished, timeout);
    const auto signalled = co_await finished;
    if (self)
        m_pending.remove(id);
    if (!signalled.has_value())
        co_return Reply::failure(ErrorCode::Timeout, tr("The server did not answer in time."));
    if (method == methods::eventsSubscribe && pending->reply().ok() && self)
        Q_EMIT subscribed();
    co_return pending->reply();
}

void RpcClient::onSocketConnected()
{
    m_channel->send(makeHello(m_software));
}

void RpcClient::onSslErrors()
{
    // Self-signed certificates are the normal case: the pin decides, not the CA.
    const QSslCertificate certificate = m_socket->peerCertificate();
    if (!m_trust || certificate.isNull()) {
        m_closeReason = tr("The server's certificate cannot be verified.");
        return; // not ignoring the errors makes the handshake fail
    }
    const QString server = TrustStore::serverKey(m_endpoint.host, m_endpoint.port);
    const QString presented = TrustStore::fingerprint(certificate);
    const auto pinned = m_trust->pinnedFingerprint(server);
    if (!pinned) {
        m_trust->pin(server, presented);
        qCInfo(lcRpc) << "trusting" << server << "on first use:" << presented;
        Q_EMIT certificatePinned(presented);
        m_socket->ignoreSslErrors();
    } else if (*pinned == presented) {
        m_socket->ignoreSslErrors();
    } else {
        qCWarning(lcRpc) << "certificate of" << server << "changed from" << *pinned << "to" << presented;
        m_closeReason = tr("The server's certificate has changed. This can mean someone is intercepting the "
                           "connection. Refusing to connect.");
        Q_EMIT certificateMismatch(*pinned, presented);
    }
}

void RpcClient::onMessage(const QJsonObject &message)
{
    const QString kind = message.value(fields::kind).toString();
    if (kind == kinds::response) {
        const qint64 id = message.value(fields::id).toInteger(-1);
        if (auto pending = m_pending.value(id))
            pending->finish(replyFromResponse(message));
        else
            qCWarning(lcRpc) << "response to unknown request" << message;
    } else if (kind == kinds::event && !message.contains(fields::seq)) {
        // Transient (typing): not part of the sequence, delivered as seq 0.
        Q_EMIT eventReceived(message.value(fields::event).toString(), message.value(fields::data).toObject(), 0);
    } else if (kind == kinds::event) {
        const qint64 seq = message.value(fields::seq).toInteger();
        if (seq <= m_lastSeq)
            return; // already applied before a reconnect
        m_lastSeq = seq;
        Q_EMIT eventReceived(message.value(fields::event).toString(), message.value(fields::data).toObject(), seq);
    } else if (kind == kinds::welcome && m_state == State::Connecting) {
        onWelcome(message);
    } else if (kind == kinds::goodbye) {
        const ApiError error = ApiError::fromJson(message.value(fields::error).toObject());
        Q_EMIT goodbyeReceived(error);
        fail(error.code, error.message);
    } else if (m_state == State::Connecting) {
        // A CCR server answers hello with welcome or goodbye, nothing else
        // (an echo service sends our own hello back).
        fail(ErrorCode::MalformedFrame,
             tr("The server did not answer as a CCR server does. Check the address and port."));
    } else {
        qCWarning(lcRpc) << "unexpected message" << kind;
    }
}

void RpcClient::onWelcome(const QJsonObject &welcome)
{
    const QJsonValue version = welcome.value(fields::protocol);
    if (!version.isDouble()) {
        fail(ErrorCode::MalformedFrame,
             tr("The server did not answer as a CCR server does. Check the address and port."));
        return;
    }
    // A newer server serves us at our version; an older one than we can speak cannot.
    if (version.toInt() < kOldestSupportedVersion) {
        fail(ErrorCode::UnsupportedVersion,
             tr("The server speaks CCR protocol %1, but this client needs %2 or later. Ask your administrator to "
                "update the server.")
                 .arg(version.toInt())
                 .arg(kOldestSupportedVersion));
        return;
    }
    m_state = State::Ready;
    m_keepAlive->start();
    Q_EMIT openFinished(true);
    Q_EMIT ready();
}

void RpcClient::onSocketError()
{
    if (m_closeReason.isEmpty()) {
        const QString server = m_endpoint.host + u':' + QString::number(m_endpoint.port);
        switch (m_socket->error()) {
        case QAbstractSocket::ConnectionRefusedError:
            m_closeReason = tr("Nothing answers at %1 (connection refused). Check the address and port, and that the "
                               "server is running.")
                                .arg(server);
            break;
        case QAbstractSocket::HostNotFoundError:
            m_closeReason = tr("The host %1 was not found. Check the server address.").arg(m_endpoint.host);
            break;
        case QAbstractSocket::SslHandshakeFailedError:
            m_closeCode = ErrorCode::MalformedFrame;
            m_closeReason = tr("No secure connection could be made with %1 (%2). It may not be a CCR server, or it "
                               "runs without encryption (--plain).")
                                .arg(server, m_socket->errorString());
            break;
        case QAbstractSocket::RemoteHostClosedError:
            if (m_state == State::Connecting) {
                m_closeReason =
                    tr("%1 closed the connection without welcoming us. It may not be a CCR server.").arg(server);
                break;
            }
            [[fallthrough]];
        default: m_closeReason = m_socket->errorString(); break;
        }
    }
    onSocketClosed();
}

void RpcClient::onSocketClosed()
{
    if (m_closeReason.isEmpty())
        m_closeReason = tr("The connection to the server was lost.");
    close();
}

void RpcClient::fail(ErrorCode code, const QString &reason)
{
    m_closeReason = reason;
    m_closeCode = code;
    close();
}

void RpcClient::failPending()
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto &call : pending)
        call->finish(Reply::failure(ErrorCode::Disconnected, tr("The connection to the server was lost.")));
}

} // namespace ccr::protocol

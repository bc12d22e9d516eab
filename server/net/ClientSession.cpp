#include "ClientSession.h"

#include "EventHub.h"
#include "SessionDirectory.h"

#include <handlers/HandlerRegistry.h>
#include <handlers/ServerServices.h>
#include <protocol/Envelope.h>
#include <protocol/Fields.h>
#include <protocol/FrameChannel.h>
#include <protocol/Messages.h>
#include <protocol/ProtocolVersion.h>
#include <tickets/TicketServices.h>

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSession, "ccr.server.session")

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace fields = protocol::fields;
namespace kinds = protocol::kinds;

namespace {

bool allowed(Access access, const SessionState &state)
{
    if (access == Access::Anyone)
        return true;
    if (!state.authenticated())
        return false;
    if (access == Access::AnyAccount)
        return true;
    if (state.user->state != domain::AccountState::Active)
        return false;
    switch (access) {
    case Access::Anyone:
    case Access::AnyAccount:
    case Access::Authenticated: return true;
    case Access::Customer: return state.user->role == domain::Role::Customer;
    case Access::Staff: return domain::isStaff(state.user->role);
    case Access::Admin: return state.user->role == domain::Role::Admin;
    }
    return false;
}

} // namespace

ClientSession::ClientSession(QTcpSocket *socket, const HandlerRegistry &registry, ServerServices &services,
                             const SessionLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_channel(new protocol::FrameChannel(socket, protocol::kMaxFrameBytes, this))
    , m_registry(registry)
    , m_services(services)
    , m_limits(limits)
    , m_state(std::make_shared<SessionState>())
    , m_helloTimer(new QTimer(this))
    , m_idleTimer(new QTimer(this))
{
    m_socket->setParent(this);
    m_state->peerAddress = socket->peerAddress().toString();
    m_services.sessions.add(this);
    connect(m_channel, &protocol::FrameChannel::messageReceived, this, &ClientSession::onMessage);
    connect(m_channel, &protocol::FrameChannel::badFrame, this, &ClientSession::onBadFrame);
    connect(m_socket, &QTcpSocket::disconnected, this, &ClientSession::onDisconnected);

    m_helloTimer->setSingleShot(true);
    connect(m_helloTimer, &QTimer::timeout, this, [this] {
        closeWithGoodbye(ErrorCode::HelloRequired, u"No hello within %1 ms."_s.arg(m_limits.helloTimeoutMs));
    });
    m_helloTimer->start(m_limits.helloTimeoutMs);
    // Only complete frames reset the idle timer, so a peer that stalls
    // mid-frame is closed as surely as one that says nothing.
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSession) << m_state->peerAddress << "idle; closing";
        m_stage = Stage::Closing;
        m_socket->abort();
        onDisconnected();
    });
    m_idleTimer->start(m_limits.idleTimeoutMs);
}

ClientSession::~ClientSession()
{
    m_services.tickets.presence().forget(this);
    m_services.sessions.remove(this);
    m_services.hub.remove(this);
}

void ClientSession::onMessage(const QJsonObject &message)
{
    if (m_stage == Stage::Closing)
        return;
    m_idleTimer->start(m_limits.idleTimeoutMs);
    const QString kind = message.value(fields::kind).toString();
    if (m_stage == Stage::AwaitingHello) {
        if (kind == kinds::hello)
            onHello(message);
        else
            closeWithGoodbye(ErrorCode::HelloRequired, u"The first message must be a hello."_s);
        return;
    }
    if (kind == kinds::request)
        dispatch(message);
    else
        respond(message.value(fields::id),
                Reply::failure(ErrorCode::UnknownKind, u"Unknown message kind '%1'."_s.arg(kind), fields::kind));
}

void ClientSession::onBadFrame(protocol::FrameDecoder::Status status)
{
    using Status = protocol::FrameDecoder::Status;
    if (status == Status::Oversized) {
        closeWithGoodbye(ErrorCode::FrameTooLarge, u"Frames are limited to %1 bytes."_s.arg(protocol::kMaxFrameBytes));
    } else if (status == Status::EmptyFrame) {
        closeWithGoodbye(ErrorCode::MalformedFrame, u"Empty frame."_s);
    } else if (m_stage == Stage::AwaitingHello) {
        closeWithGoodbye(ErrorCode::HelloRequired, u"The first message must be a hello."_s);
    } else {
        // The framing is intact, so the connection can go on.
        respond(QJsonValue::Null, Reply::failure(ErrorCode::MalformedFrame, u"The frame is not a JSON object."_s));
    }
}

void ClientSession::onHello(const QJsonObject &hello)
{
    const QJsonValue version = hello.value(fields::protocol);
    m_clientProtocol = version.isDouble() ? version.toInt() : 0;
    if (m_clientProtocol < protocol::kOldestSupportedVersion) {
        closeWithGoodbye(ErrorCode::UnsupportedVersion,
                         u"This server speaks CCR protocol %1 to %2; the client offered %3. Update the client."_s
                             .arg(protocol::kOldestSupportedVersion)
                             .arg(protocol::kProtocolVersion)
                             .arg(version.toVariant().toString()));
        return;
    }
    // A newer client is served at our version: it learns ours from the welcome.
    m_helloTimer->stop();
    m_stage = Stage::Open;
    m_channel->send(protocol::makeWelcome(u"ccr-server/"_s + QStringLiteral(CCR_VERSION)));
}

void ClientSession::dispatch(const QJsonObject &request)
{
    const QJsonValue id = request.value(fields::id);
    if (!id.isDouble() || id.toDouble() != double(id.toInteger())) {
        respond(QJsonValue::Null,
                Reply::failure(ErrorCode::InvalidParams, u"A request needs an integer id."_s, fields::id));
        return;
    }
    const QJsonValue method = request.value(fields::method);
    const QJsonValue params = request.value(fields::params);
    if (!method.isString()) {
        respond(id, Reply::failure(ErrorCode::InvalidParams, u"A request needs a method name."_s, fields::method));
        return;
    }
    if (!params.isUndefined() && !params.isObject()) {
        respond(id, Reply::failure(ErrorCode::InvalidParams, u"params must be an object."_s, fields::params));
        return;
    }
    if (m_inFlight >= m_limits.maxInFlight) {
        respond(id, Reply::failure(ErrorCode::RateLimited, u"Too many requests in flight on this connection."_s));
        return;
    }
    runRequest(id, method.toString(), params.toObject());
}

QCoro::Task<void> ClientSession::runRequest(QJsonValue id, QString method, QJsonObject params)
{
    const Handler *handler = m_registry.find(method);
    if (!handler) {
        respond(id, Reply::failure(ErrorCode::UnknownMethod, u"Unknown method '%1'."_s.arg(method), fields::method));
        co_return;
    }
    if (!allowed(handler->access(), *m_state)) {
        if (!m_state->authenticated())
            respond(id, Reply::failure(ErrorCode::NotAuthenticated, u"Log in first."_s));
        else if (m_state->user->state != domain::AccountState::Active)
            respond(id, Reply::failure(ErrorCode::AccountInactive, u"Your account is not active yet."_s));
        else
            respond(id, Reply::failure(ErrorCode::Forbidden, u"Your role may not use '%1'."_s.arg(method)));
        co_return;
    }
    ++m_inFlight;
    QPointer<ClientSession> self(this);
    RequestContext context{&m_services, m_state, self};
    auto handling = handler->handle(context, std::move(params));
    const Reply reply = co_await handling;
    if (!self)
        co_return; // the client left; the work is done and durable, nobody to tell
    --m_inFlight;
    syncPresence(); // before the response: a login's "online" is stored before the client acts on it
    respond(id, reply);
}

void ClientSession::respond(const QJsonValue &id, const Reply &reply)
{
    if (m_stage != Stage::Closing)
        sendEncoded(protocol::encodeFrame(protocol::makeResponse(id, reply)));
}

void ClientSession::closeWithGoodbye(ErrorCode code, const QString &message)
{
    if (m_stage == Stage::Closing)
        return;
    qCInfo(lcSession) << m_state->peerAddress << "closing:" << protocol::errorCodeName(code) << message;
    m_channel->send(protocol::makeGoodbye(protocol::ApiError{code, message, {}, {}}));
    m_stage = Stage::Closing;
    m_helloTimer->stop();
    m_socket->disconnectFromHost(); // flushes the goodbye first
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void ClientSession::sendEncoded(const QByteArray &frame)
{
    if (m_socket->bytesToWrite() > m_limits.maxSendBacklog) {
        // A reader this far behind would grow our memory without bound; it
        // reconnects and resumes from its last sequence number.
        qCWarning(lcSession) << m_state->peerAddress << "too slow to read; dropping";
        m_stage = Stage::Closing;
        m_socket->abort();
        onDisconnected();
        return;
    }
    m_channel->sendEncoded(frame);
}

bool ClientSession::mayReceive(const StoredEvent &event) const
{
    if (!m_state->authenticated())
        return false;
    if (event.customerId == m_state->user->id)
        return true;
    return domain::isStaff(m_state->user->role) && m_state->user->state == domain::AccountState::Active;
}

void ClientSession::endSession(const QString &reason)
{
    m_state->user.reset();
    m_state->tokenHash.clear();
    syncPresence();
    closeWithGoodbye(ErrorCode::SessionExpired, reason);
}

void ClientSession::syncPresence()
{
    const auto &user = m_state->user;
    const bool agent = m_stage != Stage::Closing && user && user->role == domain::Role::Agent
                       && user->state == domain::AccountState::Active;
    m_services.tickets.presence().sync(this, agent ? user->id : 0);
}

void ClientSession::beginReplay(qint64 since)
{
    m_stream = Stream::Replaying;
    m_replayBuffer.clear();
    // The subscriber says what it has applied; what this connection sent
    // before (perhaps to another user, before a logout) does not count.
    m_deliveredSeq = since;
}

void ClientSession::finishReplay(const StoredEvents &missed, const QList<QByteArray> &frames)
{
    if (m_stream != Stream::Replaying)
        return;
    for (qsizetype i = 0; i < missed.size(); ++i) {
        if (missed[i].seq > m_deliveredSeq && mayReceive(missed[i])) {
            m_deliveredSeq = missed[i].seq;
            sendEncoded(frames[i]);
        }
    }
    m_stream = Stream::Live;
    for (const auto &[seq, frame] : std::exchange(m_replayBuffer, {})) {
        if (seq > m_deliveredSeq) {
            m_deliveredSeq = seq;
            sendEncoded(frame);
        }
    }
}

void ClientSession::stopEvents()
{
    m_stream = Stream::Off;
    m_replayBuffer.clear();
    m_services.hub.remove(this);
}

void ClientSession::deliverEvent(const StoredEvent &event, const QByteArray &frame)
{
    if (m_stream == Stream::Off || m_stage == Stage::Closing || !mayReceive(event))
        return;
    if (m_stream == Stream::Replaying) {
        m_replayBuffer.append({event.seq, frame});
        return;
    }
    if (event.seq <= m_deliveredSeq)
        return;
    m_deliveredSeq = event.seq;
    sendEncoded(frame);
}

void ClientSession::deliverTransient(qint64 customerId, qint64 exceptUserId, const QByteArray &frame)
{
    if (!receivesEvents() || userId() == exceptUserId || !mayReceive(StoredEvent{0, {}, {}, customerId}))
        return;
    sendEncoded(frame);
}

void ClientSession::onDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_stream != Stream::Off)
        stopEvents();
    m_stage = Stage::Closing;
    syncPresence();
    m_helloTimer->stop();
    m_idleTimer->stop();
    Q_EMIT finished(this);
}

} // namespace ccr::server

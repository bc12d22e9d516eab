#include "Session.h"

#include "Logging.h"

#include <protocol/Messages.h>

#include <QPointer>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
using protocol::RpcClient;
namespace methods = protocol::methods;
namespace field = validation::field;

namespace {
constexpr auto kSoftware = "ccr-client " CCR_VERSION;

bool sameServer(const protocol::Endpoint &a, const protocol::Endpoint &b)
{
    return a.host == b.host && a.port == b.port && a.tls == b.tls;
}
} // namespace

Session::Session(const QString &trustStorePath, bool tls, QObject *parent)
    : QObject(parent)
    , m_trust(trustStorePath)
    // A child, so it is destroyed after QPointer<Session> guards have
    // cleared: coroutines it wakes while dying see the session gone.
    , m_rpc(new RpcClient(&m_trust, QString::fromLatin1(kSoftware), this))
{
    m_endpoint.tls = tls;
    connect(m_rpc, &RpcClient::ready, this, [this] {
        m_hasBeenConnected = true;
        Q_EMIT connectionChanged();
    });
    connect(m_rpc, &RpcClient::goodbyeReceived, this, [this](const protocol::ApiError &error) {
        if (error.code == ErrorCode::SessionExpired && m_user)
            m_endedByServer = error.message;
    });
    connect(m_rpc, &RpcClient::closed, this, &Session::onConnectionClosed);
    connect(m_rpc, &RpcClient::subscribed, this, [this] { m_streamWanted = true; });
    connect(m_rpc, &RpcClient::eventReceived, this,
            [this](const QString &event, const QJsonObject &data, qint64) { onEvent(event, data); });
    connect(m_rpc, &RpcClient::certificatePinned, this,
            [this](const QString &fingerprint) { Q_EMIT certificatePinned(serverName(), fingerprint); });
    connect(m_rpc, &RpcClient::certificateMismatch, this, [this](const QString &pinned, const QString &presented) {
        m_certificateRefused = true;
        Q_EMIT certificateMismatch(serverName(), pinned, presented);
    });
}

void Session::onConnectionClosed(const QString &reason)
{
    qCInfo(lcClientSession) << "connection closed:" << reason;
    Q_EMIT connectionChanged();
    // Only a server that ended the session sends us back to the login;
    // a lost connection keeps the last state readable, marked offline,
    // and ConnectionKeeper brings it back.
    if (!m_endedByServer.isEmpty())
        endSessionLocally(std::exchange(m_endedByServer, {}));
    else if (m_user && !m_reattaching)
        Q_EMIT connectionLost(reason);
}

void Session::setServer(const QString &host, quint16 port)
{
    m_endpoint.host = host.trimmed();
    m_endpoint.port = port;
}

QString Session::serverName() const
{
    return protocol::TrustStore::serverKey(m_endpoint.host, m_endpoint.port);
}

bool Session::needsEmailConfirmation() const
{
    return m_user && m_user->role == domain::Role::Customer && m_emailConfirmationRequired && !m_user->emailConfirmed;
}

QCoro::Task<bool> Session::ensureConnected()
{
    if (m_rpc->state() == RpcClient::State::Ready && sameServer(m_rpc->endpoint(), m_endpoint))
        co_return true;
    QPointer<Session> self(this);
    m_certificateRefused = false;
    auto connecting = m_rpc->connectTo(m_endpoint);
    // open() has moved the state to Connecting by now.
    Q_EMIT connectionChanged();
    const bool connected = co_await connecting;
    co_return self &&connected;
}

Reply Session::connectionFailure() const
{
    // The code says why (unsupported_version, malformed_frame for a server
    // that is not CCR, timeout, disconnected), the message says it in words.
    return Reply::failure(m_rpc->lastCloseCode(),
                          tr("Could not connect to %1: %2").arg(serverName(), m_rpc->lastCloseReason()));
}

QCoro::Task<Reply> Session::callConnected(QString method, QJsonObject params)
{
    QPointer<Session> self(this);
    auto connecting = ensureConnected();
    const bool connected = co_await connecting;
    if (!self)
        co_return Reply::failure(ErrorCode::Disconnected, QString());
    if (!connected)
        co_return connectionFailure();
    auto calling = m_rpc->call(method, params);
    co_return co_await calling;
}

QCoro::Task<Reply> Session::logIn(QString email, QString password)
{
    QPointer<Session> self(this);
    QJsonObject params{{field::email, email}, {field::password, password}};
    if (!m_clientId.isEmpty())
        params.insert(u"clientId"_s, m_clientId);
    auto calling = callConnected(methods::authLogin, params);
    const Reply reply = co_await calling;
    if (self && reply.ok())
        startSession(reply);
    co_return reply;
}

QCoro::Task<Reply> Session::resume(QString token)
{
    QPointer<Session> self(this);
    auto calling = callConnected(methods::authResume, {{u"token"_s, token}});
    Reply reply = co_await calling;
    if (self && reply.ok()) {
        reply.result.insert(u"token"_s, token); // resume does not repeat it
        startSession(reply);
    }
    co_return reply;
}

QCoro::Task<Reply> Session::reattach()
{
    QPointer<Session> self(this);
    if (!m_user || m_token.isEmpty())
        co_return Reply::failure(ErrorCode::NotAuthenticated, tr("Nobody is logged in."));
    const qint64 userId = m_user->id;
    m_reattaching = true;
    auto connecting = ensureConnected();
    const bool connected = co_await connecting;
    if (!self)
        co_return Reply::failure(ErrorCode::Disconnected, QString());
    // Logged out (or in as someone else) while this was on its way.
    if (!m_user || m_user->id != userId) {
        m_reattaching = false;
        co_return Reply::failure(ErrorCode::NotAuthenticated, tr("Nobody is logged in."));
    }
    if (!connected) {
        m_reattaching = false;
        co_return connectionFailure();
    }
    auto resuming = m_rpc->call(methods::authResume, {{u"token"_s, m_token}});
    const Reply resumed = co_await resuming;
    if (!self)
        co_return Reply::failure(ErrorCode::Disconnected, QString());
    m_reattaching = false;
    if (!m_user || m_user->id != userId)
        co_return Reply::failure(ErrorCode::NotAuthenticated, tr("Nobody is logged in."));
    if (!resumed.ok()) {
        if (resumed.error->code == ErrorCode::SessionExpired || resumed.error->code == ErrorCode::AccountInactive)
            endSessionLocally(resumed.error->message);
        else if (m_rpc->state() != RpcClient::State::Ready)
            Q_EMIT connectionLost(m_rpc->lastCloseReason());
        co_return resumed;
    }
    m_emailConfirmationRequired = resumed.result.value(u"emailConfirmationRequired"_s).toBool();
    // The account may have changed while we were away (a confirmed email, a new name).
    if (resumed.result.value(u"user"_s).toObject() != m_user->toJson())
        updateUser(domain::UserProfile::fromJson(resumed.result.value(u"user"_s).toObject()));
    qCInfo(lcClientSession) << "session resumed after reconnecting";
    auto streaming = resumeStream();
    const Reply streamed = co_await streaming;
    if (!self)
        co_return Reply::failure(ErrorCode::Disconnected, QString());
    if (streamed.ok())
        Q_EMIT reattached();
    co_return streamed;
}

QCoro::Task<Reply> Session::resumeStream()
{
    QPointer<Session> self(this);
    if (!m_streamWanted) {
        // The lists never got as far as subscribing (their load failed, say
        // because the connection had just gone): they load now.
        Q_EMIT resyncRequired();
        co_return Reply::success({});
    }
    // The server replays what this session may see after lastSeq, then goes
    // live; RpcClient drops anything at or below lastSeq, so nothing is
    // applied twice.
    const qint64 since = m_rpc->lastSeq();
    auto subscribing = m_rpc->call(methods::eventsSubscribe, {{u"since"_s, since}});
    const Reply subscribed = co_await subscribing;
    if (!self)
        co_return Reply::failure(ErrorCode::Disconnected, QString());
    if (!subscribed.ok() && subscribed.error->code == ErrorCode::ResyncRequired) {
        qCInfo(lcClientSession) << "missed too many events since" << since << "- the lists load again";
        Q_EMIT resyncRequired();
        co_return Reply::success({});
    }
    co_return subscribed;
}

bool Session::isPermanentFailure(const Reply &reply) const
{
    return !reply.ok()
           && (m_certificateRefused || reply.error->code == ErrorCode::UnsupportedVersion
               || reply.error->code == ErrorCode::SessionExpired || reply.error->code == ErrorCode::AccountInactive);
}

void Session::startSession(const Reply &reply)
{
    m_user = domain::UserProfile::fromJson(reply.result.value(u"user"_s).toObject());
    m_token = reply.result.value(u"token"_s).toString();
    m_emailConfirmationRequired = reply.result.value(u"emailConfirmationRequired"_s).toBool();
    m_endedByServer.clear();
    m_streamWanted = false;
    qCInfo(lcClientSession) << "logged in as" << m_user->email << domain::roleName(m_user->role)
                            << domain::accountStateName(m_user->state);
    Q_EMIT loggedIn(*m_user);
}

QCoro::Task<Reply> Session::registerAccount(validation::Registration registration, AccountKind kind, QString language)
{
    QJsonObject params{{field::firstName, registration.firstName},
                       {field::lastName, registration.lastName},
                       {field::email, registration.email},
                       {field::password, registration.password},
                       {field::passwordConfirmation, registration.passwordConfirmation}};
    if (!language.isEmpty())
        params.insert(u"language"_s, language);
    const auto method = kind == AccountKind::Agent ? methods::authRegisterAgent : methods::authRegister;
    auto calling = callConnected(method, params);
    co_return co_await calling;
}

QCoro::Task<> Session::logOut()
{
    QPointer<Session> self(this);
    if (m_rpc->state() == RpcClient::State::Ready) {
        auto calling = m_rpc->call(methods::authLogout);
        const Reply reply = co_await calling;
        if (!self)
            co_return;
        if (!reply.ok())
            qCWarning(lcClientSession) << "logout was not acknowledged:" << reply.error->message;
    }
    endSessionLocally({});
}

void Session::endSessionLocally(const QString &reason)
{
    if (!m_user)
        return;
    if (!reason.isEmpty())
        qCInfo(lcClientSession) << "the server ended the session:" << reason;
    m_user.reset();
    m_token.clear();
    m_emailConfirmationRequired = false;
    m_streamWanted = false;
    // A reconnect on its way would only resume a session that is over.
    if (m_reattaching && m_rpc->state() == RpcClient::State::Connecting)
        m_rpc->close();
    Q_EMIT loggedOut(reason);
}

void Session::updateUser(const domain::UserProfile &user)
{
    if (!m_user || m_user->id != user.id)
        return;
    m_user = user;
    Q_EMIT userChanged(user);
}

void Session::onEvent(const QString &event, const QJsonObject &data)
{
    if (event == protocol::events::userChanged)
        updateUser(domain::UserProfile::fromJson(data));
}

void Session::forgetServerCertificate()
{
    m_trust.forget(serverName());
    qCWarning(lcClientSession) << "user forgot the pinned certificate of" << serverName();
    Q_EMIT certificateForgotten(serverName());
}

} // namespace ccr::client

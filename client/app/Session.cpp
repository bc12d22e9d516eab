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
    connect(m_rpc, &RpcClient::closed, this, [this](const QString &reason) {
        qCInfo(lcClientSession) << "connection closed:" << reason;
        Q_EMIT connectionChanged();
        // Only a server that ended the session sends us back to the login;
        // a lost connection keeps the last state readable, marked offline.
        if (!m_endedByServer.isEmpty())
            endSessionLocally(std::exchange(m_endedByServer, {}));
    });
    connect(m_rpc, &RpcClient::eventReceived, this,
            [this](const QString &event, const QJsonObject &data, qint64) { onEvent(event, data); });
    connect(m_rpc, &RpcClient::certificatePinned, this,
            [this](const QString &fingerprint) { Q_EMIT certificatePinned(serverName(), fingerprint); });
    connect(m_rpc, &RpcClient::certificateMismatch, this, [this](const QString &pinned, const QString &presented) {
        Q_EMIT certificateMismatch(serverName(), pinned, presented);
    });
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
    auto connecting = m_rpc->connectTo(m_endpoint);
    // open() has moved the state to Connecting by now.
    Q_EMIT connectionChanged();
    const bool connected = co_await connecting;
    co_return self &&connected;
}

Reply Session::connectionFailure() const
{
    return Reply::failure(ErrorCode::Disconnected,
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

void Session::startSession(const Reply &reply)
{
    m_user = domain::UserProfile::fromJson(reply.result.value(u"user"_s).toObject());
    m_token = reply.result.value(u"token"_s).toString();
    m_emailConfirmationRequired = reply.result.value(u"emailConfirmationRequired"_s).toBool();
    m_endedByServer.clear();
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

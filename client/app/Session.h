#pragma once

#include <domain/User.h>
#include <protocol/Reply.h>
#include <protocol/RpcClient.h>
#include <protocol/TrustStore.h>
#include <validation/Rules.h>

#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

#include <optional>

namespace ccr::client {

// The client's one connection to a server and who is logged in over it.
// Widgets ask it to log in, register or log out and follow its signals; the
// panels use rpc() for their own requests. It connects lazily: the first
// request made after the server address is set opens the connection.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(const QString &trustStorePath, bool tls, QObject *parent = nullptr);

    void setServer(const QString &host, quint16 port);
    protocol::Endpoint endpoint() const { return m_endpoint; }
    QString serverName() const;

    protocol::RpcClient &rpc() { return *m_rpc; }
    protocol::RpcClient::State connectionState() const { return m_rpc->state(); }
    // True once a connection was up; a later Disconnected state is "offline".
    bool hasBeenConnected() const { return m_hasBeenConnected; }
    QString lastCloseReason() const { return m_rpc->lastCloseReason(); }

    const std::optional<domain::UserProfile> &user() const { return m_user; }

    // Each resolves to the server's reply, or to a Disconnected error that
    // says why the connection could not be made.
    QCoro::Task<protocol::Reply> logIn(QString email, QString password);
    QCoro::Task<protocol::Reply> registerAccount(validation::Registration registration);
    // Always ends logged out, even when the server cannot be told.
    QCoro::Task<> logOut();

    // The deliberate user action after a certificate mismatch: the next
    // connection trusts whatever certificate the server presents.
    void forgetServerCertificate();

Q_SIGNALS:
    void connectionChanged();
    void loggedIn(const ccr::domain::UserProfile &user);
    void loggedOut();
    void certificatePinned(const QString &server, const QString &fingerprint);
    void certificateMismatch(const QString &server, const QString &pinned, const QString &presented);
    void certificateForgotten(const QString &server);

private:
    QCoro::Task<bool> ensureConnected();
    protocol::Reply connectionFailure() const;

    protocol::TrustStore m_trust;
    protocol::RpcClient *m_rpc;
    protocol::Endpoint m_endpoint;
    bool m_hasBeenConnected = false;
    std::optional<domain::UserProfile> m_user;
    // Kept for auth.resume once automatic reconnect arrives; memory only.
    QString m_token;
};

} // namespace ccr::client

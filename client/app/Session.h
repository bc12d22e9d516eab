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
    enum class AccountKind
    {
        Customer,
        Agent
    };

    Session(const QString &trustStorePath, bool tls, QObject *parent = nullptr);

    void setServer(const QString &host, quint16 port);
    protocol::Endpoint endpoint() const { return m_endpoint; }
    QString serverName() const;
    // Sent with every login so the server can mail an alert for a new client.
    void setClientId(const QString &clientId) { m_clientId = clientId; }

    protocol::RpcClient &rpc() { return *m_rpc; }
    protocol::RpcClient::State connectionState() const { return m_rpc->state(); }
    // True once a connection was up; a later Disconnected state is "offline".
    bool hasBeenConnected() const { return m_hasBeenConnected; }
    QString lastCloseReason() const { return m_rpc->lastCloseReason(); }

    const std::optional<domain::UserProfile> &user() const { return m_user; }
    // The session token, for "Remember me"; empty when logged out.
    QString token() const { return m_token; }
    // A customer who still has to enter the mailed code before raising tickets.
    bool needsEmailConfirmation() const;

    // Each resolves to the server's reply, or to a Disconnected error that
    // says why the connection could not be made.
    QCoro::Task<protocol::Reply> logIn(QString email, QString password);
    // Continues a session from its token (a remembered login).
    QCoro::Task<protocol::Reply> resume(QString token);
    QCoro::Task<protocol::Reply> registerAccount(validation::Registration registration, AccountKind kind,
                                                 QString language);
    // A request that needs no login (password reset, invitation): connects first.
    QCoro::Task<protocol::Reply> callConnected(QString method, QJsonObject params);
    // Always ends logged out, even when the server cannot be told.
    QCoro::Task<> logOut();

    // After the connection dropped while logged in (connectionLost): connects
    // again, continues the same session with auth.resume and the kept token,
    // and picks the event stream up after the last event applied. The user,
    // the panels and anything typed into them stay as they are. Resolves to
    // ok, or to the first failure (its code says whether trying again can
    // help: see isPermanentFailure). A token the server no longer accepts
    // ends the session (loggedOut with the server's reason).
    QCoro::Task<protocol::Reply> reattach();
    // Failures that the next attempt would meet again: a changed server
    // certificate, a server speaking another protocol version.
    bool isPermanentFailure(const protocol::Reply &reply) const;
    bool isReattaching() const { return m_reattaching; }

    // A newer profile of the logged-in user (a reply or a pushed event);
    // ignored when it is about someone else.
    void updateUser(const domain::UserProfile &user);

    // The deliberate user action after a certificate mismatch: the next
    // connection trusts whatever certificate the server presents.
    void forgetServerCertificate();

Q_SIGNALS:
    void connectionChanged();
    void loggedIn(const ccr::domain::UserProfile &user);
    void userChanged(const ccr::domain::UserProfile &user);
    // reason is empty after the user's own logout, else the server's words
    // (an administrator ended the account's access, the session expired).
    void loggedOut(const QString &reason);
    void certificatePinned(const QString &server, const QString &fingerprint);
    void certificateMismatch(const QString &server, const QString &pinned, const QString &presented);
    void certificateForgotten(const QString &server);
    // The connection ended while someone was logged in, and not because they
    // logged out or the server ended the session: the panels stay, offline.
    void connectionLost(const QString &reason);
    // reattach() succeeded: online again as the same user.
    void reattached();
    // The events missed while offline cannot be replayed (or the stream was
    // never started): every list must load again from the server.
    void resyncRequired();

private:
    QCoro::Task<bool> ensureConnected();
    protocol::Reply connectionFailure() const;
    void startSession(const protocol::Reply &reply);
    void endSessionLocally(const QString &reason);
    void onEvent(const QString &event, const QJsonObject &data);
    void onConnectionClosed(const QString &reason);
    QCoro::Task<protocol::Reply> resumeStream();

    protocol::TrustStore m_trust;
    protocol::RpcClient *m_rpc;
    protocol::Endpoint m_endpoint;
    QString m_clientId;
    bool m_hasBeenConnected = false;
    std::optional<domain::UserProfile> m_user;
    bool m_emailConfirmationRequired = false;
    // Memory only; RememberedLogin copies it to the keychain when asked to.
    QString m_token;
    // Set by a goodbye that ended the session; acted on when the socket closes.
    QString m_endedByServer;
    bool m_reattaching = false;
    // Someone subscribed to events over this session: a reattach resubscribes.
    bool m_streamWanted = false;
    // The last connection attempt met a changed certificate.
    bool m_certificateRefused = false;
};

} // namespace ccr::client

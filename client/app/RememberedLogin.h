#pragma once

#include <protocol/Reply.h>

#include <QObject>
#include <QPointer>
#include <QString>

#include <qcoro/qcorotask.h>

namespace ccr::client {

class Session;
class TokenVault;

// "Remember me": keeps the session token of a chosen login in a TokenVault,
// one entry per server and client profile, resumes it at the next start,
// and deletes it at logout or when the server no longer accepts it.
class RememberedLogin : public QObject
{
    Q_OBJECT
public:
    enum class Availability
    {
        Unknown,
        Available,
        Unavailable
    };
    Q_ENUM(Availability)

    struct ResumeOutcome
    {
        enum class Kind
        {
            NothingStored, // no token for this server: the login page as usual
            Resumed,       // logged in; the session's loggedIn has moved the window on
            Expired,       // the server refused the token (now deleted): message says why
            Failed,        // could not ask (offline): the token is kept for next time
        };
        Kind kind = Kind::NothingStored;
        QString message;
    };

    RememberedLogin(Session *session, TokenVault *vault, QString clientId, QObject *parent = nullptr);

    // The user's choice for the next login (the login page's checkbox).
    void setRememberRequested(bool remember) { m_rememberRequested = remember; }
    bool isRememberRequested() const { return m_rememberRequested; }
    Availability availability() const { return m_availability; }

    // At start: resumes the token stored for the session's current server.
    QCoro::Task<ResumeOutcome> resumeStored();

Q_SIGNALS:
    void availabilityChanged(ccr::client::RememberedLogin::Availability availability);
    // A stored token was found and is being tried: the login page waits.
    void resumeStarted();

private:
    QString vaultKey() const;
    void onLoggedIn();
    void onLoggedOut();
    QCoro::Task<> save(QString key, QString token);
    QCoro::Task<> forget(QString key);
    void noteAvailability(bool unavailable);

    Session *m_session;
    QPointer<TokenVault> m_vault;
    QString m_clientId;
    bool m_rememberRequested = false;
    bool m_resuming = false;
    // Whether the vault may hold a token of ours: only then is deleting it
    // worth a keychain request (and a prompt on some desktops).
    bool m_mayHoldToken = false;
    Availability m_availability = Availability::Unknown;
};

} // namespace ccr::client

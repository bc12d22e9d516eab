#include "RememberedLogin.h"

#include "Logging.h"
#include "Session.h"
#include "TokenVault.h"

#include <protocol/ErrorCode.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;

RememberedLogin::RememberedLogin(Session *session, TokenVault *vault, QString clientId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_vault(vault)
    , m_clientId(std::move(clientId))
{
    connect(session, &Session::loggedIn, this, &RememberedLogin::onLoggedIn);
    connect(session, &Session::loggedOut, this, &RememberedLogin::onLoggedOut);
}

QString RememberedLogin::vaultKey() const
{
    // Per client profile too: two profiles on one server are two people.
    return u"session %1 %2"_s.arg(m_session->serverName(), m_clientId);
}

void RememberedLogin::noteAvailability(bool unavailable)
{
    const Availability now = unavailable ? Availability::Unavailable : Availability::Available;
    if (now == m_availability)
        return;
    m_availability = now;
    Q_EMIT availabilityChanged(now);
}

QCoro::Task<RememberedLogin::ResumeOutcome> RememberedLogin::resumeStored()
{
    QPointer<RememberedLogin> self(this);
    if (!m_vault)
        co_return ResumeOutcome{};
    const QString key = vaultKey();
    auto reading = m_vault->read(key);
    const VaultResult stored = co_await reading;
    if (!self)
        co_return ResumeOutcome{};
    noteAvailability(stored.unavailable());
    if (!stored.ok() || stored.token.isEmpty())
        co_return ResumeOutcome{};
    m_mayHoldToken = true;
    // The user may have logged in by hand while the keychain answered; the
    // old token then goes at logout.
    if (m_session->user())
        co_return ResumeOutcome{};

    m_resuming = true;
    Q_EMIT resumeStarted();
    auto resuming = m_session->resume(stored.token);
    const protocol::Reply reply = co_await resuming;
    if (!self)
        co_return ResumeOutcome{};
    m_resuming = false;
    if (reply.ok())
        co_return ResumeOutcome{ResumeOutcome::Kind::Resumed, {}};
    if (reply.error->code == ErrorCode::SessionExpired) {
        auto forgetting = forget(key);
        co_await forgetting;
        co_return ResumeOutcome{ResumeOutcome::Kind::Expired, reply.error->message};
    }
    co_return ResumeOutcome{ResumeOutcome::Kind::Failed, reply.error->message};
}

void RememberedLogin::onLoggedIn()
{
    if (m_resuming)
        return; // the token came from the vault; it is there already
    if (m_rememberRequested) {
        // Not awaited here: a slot cannot be a coroutine; save() guards itself.
        save(vaultKey(), m_session->token());
    } else if (m_mayHoldToken) {
        forget(vaultKey()); // an older remembered login the user no longer wants
    }
}

void RememberedLogin::onLoggedOut()
{
    if (m_mayHoldToken)
        forget(vaultKey());
}

QCoro::Task<> RememberedLogin::save(QString key, QString token)
{
    QPointer<RememberedLogin> self(this);
    if (!m_vault || token.isEmpty())
        co_return;
    m_mayHoldToken = true;
    auto writing = m_vault->write(key, token);
    const VaultResult written = co_await writing;
    if (!self)
        co_return;
    noteAvailability(written.unavailable());
    if (!written.ok())
        qCWarning(lcClientApp) << "could not remember the login:" << written.detail;
}

QCoro::Task<> RememberedLogin::forget(QString key)
{
    QPointer<RememberedLogin> self(this);
    if (!m_vault)
        co_return;
    auto removing = m_vault->remove(key);
    const VaultResult removed = co_await removing;
    if (!self)
        co_return;
    if (removed.ok() || removed.status == VaultResult::Status::NotFound)
        m_mayHoldToken = false;
}

} // namespace ccr::client

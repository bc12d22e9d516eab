#include "ConnectionKeeper.h"

#include "Logging.h"
#include "Session.h"

#include <QPointer>
#include <QTimer>

#include <cmath>

namespace ccr::client {

using namespace std::chrono_literals;

ConnectionKeeper::ConnectionKeeper(Session *session, ReconnectPolicy policy, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_policy(std::move(policy))
    , m_attemptTimer(new QTimer(this))
    , m_countdown(new QTimer(this))
{
    m_attemptTimer->setSingleShot(true);
    m_countdown->setInterval(1s);
    connect(m_attemptTimer, &QTimer::timeout, this, [this] { attempt(); });
    connect(m_countdown, &QTimer::timeout, this, [this] { Q_EMIT secondsLeftChanged(secondsLeft()); });
    connect(session, &Session::connectionLost, this, &ConnectionKeeper::onConnectionLost);
    connect(session, &Session::loggedOut, this, &ConnectionKeeper::stop);
    connect(session, &Session::loggedIn, this, &ConnectionKeeper::stop);
}

int ConnectionKeeper::secondsLeft() const
{
    if (m_state != State::Waiting)
        return 0;
    return int(std::ceil(double(m_attemptTimer->remainingTime()) / 1000.0));
}

void ConnectionKeeper::onConnectionLost(const QString &reason)
{
    if (m_state == State::Waiting || m_state == State::Reconnecting)
        return; // already on it
    qCInfo(lcClientSession) << "connection lost, reconnecting:" << reason;
    m_problem = reason;
    m_policy.reset();
    scheduleNextAttempt();
}

void ConnectionKeeper::scheduleNextAttempt()
{
    const auto delay = m_policy.nextDelay();
    m_attemptTimer->start(delay);
    m_countdown->start();
    setState(State::Waiting);
    Q_EMIT secondsLeftChanged(secondsLeft());
}

void ConnectionKeeper::retryNow()
{
    if (m_state == State::Online || m_state == State::Reconnecting)
        return;
    m_attemptTimer->stop();
    m_countdown->stop();
    attempt();
}

void ConnectionKeeper::stop()
{
    ++m_generation;
    m_attemptTimer->stop();
    m_countdown->stop();
    m_problem.clear();
    m_policy.reset();
    setState(State::Online);
}

void ConnectionKeeper::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QCoro::Task<> ConnectionKeeper::attempt()
{
    QPointer<ConnectionKeeper> self(this);
    const quint64 generation = m_generation;
    m_countdown->stop();
    setState(State::Reconnecting);
    auto reattaching = m_session->reattach();
    const protocol::Reply reply = co_await reattaching;
    if (!self || generation != m_generation)
        co_return; // logged out meanwhile: nothing to resume
    if (reply.ok()) {
        qCInfo(lcClientSession) << "reconnected after" << m_policy.attempts() << "attempt(s)";
        m_problem.clear();
        m_policy.reset();
        setState(State::Online);
        Q_EMIT reconnected();
        co_return;
    }
    m_problem = reply.error->message;
    if (!m_session->user()) {
        stop(); // the server ended the session; the login page says why
        co_return;
    }
    if (m_session->isPermanentFailure(reply)) {
        qCWarning(lcClientSession) << "not reconnecting by itself:" << m_problem;
        setState(State::GaveUp);
        co_return;
    }
    qCInfo(lcClientSession) << "reconnect attempt" << m_policy.attempts() << "failed:" << m_problem;
    scheduleNextAttempt();
}

} // namespace ccr::client

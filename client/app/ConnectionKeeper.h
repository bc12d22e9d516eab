#pragma once

#include "ReconnectPolicy.h"

#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

class QTimer;

namespace ccr::client {

class Session;

// Brings a dropped connection back while someone is logged in: waits
// (ReconnectPolicy: 0.5 s doubling to 15 s, with jitter), then has the
// session reattach (reconnect, auth.resume, events.subscribe since the last
// event applied), and again until it works. Nothing in the window is
// replaced, so what the user typed stays. It stops by itself at logout, and
// gives up only on what retrying cannot fix (a changed certificate, another
// protocol version), saying so; retryNow() tries at once in any state.
class ConnectionKeeper : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Online,       // nothing to do (connected, or nobody logged in)
        Waiting,      // offline; the next attempt in secondsLeft()
        Reconnecting, // an attempt is on its way
        GaveUp        // offline until the user acts; problem() says why
    };
    Q_ENUM(State)

    explicit ConnectionKeeper(Session *session, ReconnectPolicy policy = ReconnectPolicy(), QObject *parent = nullptr);

    State state() const { return m_state; }
    // Whole seconds until the next attempt (rounded up) while Waiting.
    int secondsLeft() const;
    // Why the last attempt failed, in words; empty before the first.
    QString problem() const { return m_problem; }
    int attempts() const { return m_policy.attempts(); }

    void retryNow();

Q_SIGNALS:
    void stateChanged(ccr::client::ConnectionKeeper::State state);
    // Once a second while Waiting, for the countdown.
    void secondsLeftChanged(int seconds);
    void reconnected();

private:
    void onConnectionLost(const QString &reason);
    void scheduleNextAttempt();
    void stop();
    void setState(State state);
    QCoro::Task<> attempt();

    Session *m_session;
    ReconnectPolicy m_policy;
    QTimer *m_attemptTimer;
    QTimer *m_countdown;
    State m_state = State::Online;
    QString m_problem;
    // Counts stops: an attempt that finishes after a stop (logout) is ignored.
    quint64 m_generation = 0;
};

} // namespace ccr::client

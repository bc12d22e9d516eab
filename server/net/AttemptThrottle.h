#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ccr::server {

// Slows down and then locks repeated failures of logins and one-time codes,
// keyed by account and by client address. Lives on the network thread: it
// is consulted before any hashing, so a flood costs us almost nothing.
// One node's memory only; several nodes each keep their own count.
class AttemptThrottle
{
public:
    struct Policy
    {
        int freeFailures = 3; // then 1 s, 2 s, 4 s ... between attempts
        int lockAfter = 10;   // failures in a row that lock the key
        int lockSeconds = 15 * 60;
        int forgetAfterSeconds = 30 * 60; // a quiet key starts over
    };

    // Addresses get a far looser policy than accounts: a whole office may sit
    // behind one NAT address, and one person mistyping must not lock it.
    static Policy accountPolicy() { return {}; }
    static Policy addressPolicy() { return {50, 200, 15 * 60, 30 * 60}; }

    AttemptThrottle();
    AttemptThrottle(Policy account, Policy address);

    // Seconds to wait before the next attempt for any of the keys; 0: go ahead.
    int waitSeconds(const QStringList &keys) const;
    void recordFailure(const QStringList &keys);
    void recordSuccess(const QString &key);

    static QString accountKey(const QString &normalizedEmail) { return QStringLiteral("account:") + normalizedEmail; }
    static QString addressKey(const QString &peer) { return QStringLiteral("address:") + peer; }

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
    };
    int waitFor(const QString &key, const Entry &entry, qint64 nowMs) const;
    const Policy &policyFor(const QString &key) const;
    qint64 now() const { return m_clock.elapsed(); }

    Policy m_account;
    Policy m_address;
    QElapsedTimer m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace ccr::server

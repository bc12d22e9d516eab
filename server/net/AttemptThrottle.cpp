#include "AttemptThrottle.h"

#include <algorithm>

namespace ccr::server {

AttemptThrottle::AttemptThrottle()
    : AttemptThrottle(accountPolicy(), addressPolicy())
{
}

AttemptThrottle::AttemptThrottle(Policy account, Policy address)
    : m_account(account)
    , m_address(address)
{
    m_clock.start();
}

const AttemptThrottle::Policy &AttemptThrottle::policyFor(const QString &key) const
{
    return key.startsWith(QLatin1String("address:")) ? m_address : m_account;
}

int AttemptThrottle::waitFor(const QString &key, const Entry &entry, qint64 nowMs) const
{
    const Policy &policy = policyFor(key);
    const qint64 sinceMs = nowMs - entry.lastFailureMs;
    if (sinceMs > qint64(policy.forgetAfterSeconds) * 1000)
        return 0;
    qint64 penaltyMs = 0;
    if (entry.failures >= policy.lockAfter)
        penaltyMs = qint64(policy.lockSeconds) * 1000;
    else if (entry.failures > policy.freeFailures)
        penaltyMs = 1000LL << std::min(entry.failures - policy.freeFailures - 1, 10);
    const qint64 leftMs = penaltyMs - sinceMs;
    return leftMs > 0 ? int((leftMs + 999) / 1000) : 0;
}

int AttemptThrottle::waitSeconds(const QStringList &keys) const
{
    const qint64 t = now();
    int wait = 0;
    for (const auto &key : keys) {
        const auto it = m_entries.constFind(key);
        if (it != m_entries.constEnd())
            wait = std::max(wait, waitFor(it.key(), *it, t));
    }
    return wait;
}

void AttemptThrottle::recordFailure(const QStringList &keys)
{
    const qint64 t = now();
    for (const auto &key : keys) {
        Entry &entry = m_entries[key];
        if (t - entry.lastFailureMs > qint64(policyFor(key).forgetAfterSeconds) * 1000)
            entry.failures = 0;
        ++entry.failures;
        entry.lastFailureMs = t;
    }
    // Bounded memory under a flood of made-up emails: forget quiet keys.
    if (m_entries.size() > 100'000) {
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = waitFor(it.key(), *it, t) == 0 ? m_entries.erase(it) : std::next(it);
    }
}

void AttemptThrottle::recordSuccess(const QString &key)
{
    m_entries.remove(key);
}

} // namespace ccr::server

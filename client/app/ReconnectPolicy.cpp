#include "ReconnectPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace ccr::client {

ReconnectPolicy::ReconnectPolicy(std::function<double()> jitter)
    : m_jitter(jitter ? std::move(jitter) : [] { return QRandomGenerator::global()->bounded(2.0) - 1.0; })
{
}

std::chrono::milliseconds ReconnectPolicy::nextDelay()
{
    // 2^5 × 0.5 s = 16 s is already past the cap; stop doubling there.
    const int doublings = std::min(m_attempts, 5);
    ++m_attempts;
    const auto base = std::min(kFirstDelay * (1 << doublings), kMaxDelay);
    const double spread = 1.0 + kJitter * std::clamp(m_jitter(), -1.0, 1.0);
    return std::chrono::milliseconds(std::llround(double(base.count()) * spread));
}

} // namespace ccr::client

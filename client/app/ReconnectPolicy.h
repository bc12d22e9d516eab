#pragma once

#include <chrono>
#include <functional>

namespace ccr::client {

// How long to wait before each reconnect attempt: 0.5 s, doubling up to
// 15 s, each delay spread by ±20 % so that a hundred clients dropped by one
// server restart do not all knock again in the same millisecond.
class ReconnectPolicy
{
public:
    static constexpr std::chrono::milliseconds kFirstDelay{500};
    static constexpr std::chrono::milliseconds kMaxDelay{15000};
    static constexpr double kJitter = 0.2;

    // jitter returns a number in [-1, 1]; the default draws it at random.
    // Tests pass a fixed one to know the delays exactly.
    explicit ReconnectPolicy(std::function<double()> jitter = {});

    // The wait before the next attempt; each call counts one attempt.
    std::chrono::milliseconds nextDelay();
    // After a successful connection: the next drop starts from 0.5 s again.
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

private:
    std::function<double()> m_jitter;
    int m_attempts = 0;
};

} // namespace ccr::client

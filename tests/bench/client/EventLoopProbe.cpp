#include "EventLoopProbe.h"

#include <algorithm>

namespace ccr::bench {

EventLoopProbe::EventLoopProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
}

void EventLoopProbe::start()
{
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void EventLoopProbe::stop()
{
    m_timer.stop();
}

void EventLoopProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 late = std::max<qint64>(0, now - m_last - qint64(m_intervalMs) * 1'000'000);
    m_last = now;
    m_lateness.add(late);
    m_samples.push_back(late);
}

qsizetype EventLoopProbe::lateTicks(double thresholdMs) const
{
    const auto threshold = qint64(thresholdMs * 1e6);
    return std::count_if(m_samples.begin(), m_samples.end(), [threshold](qint64 late) { return late >= threshold; });
}

} // namespace ccr::bench

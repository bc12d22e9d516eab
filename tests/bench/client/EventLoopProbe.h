#pragma once

#include "LatencyStats.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ccr::bench {

// Measures how long the thread's event loop was blocked: a precise timer
// fires every interval, and each tick records how late it came (the time
// since the previous tick minus the interval). A GUI thread that never
// blocks shows lateness near zero; a synchronous fetch, a long layout or a
// parse of a big page shows up as one late tick of that length.
class EventLoopProbe : public QObject
{
public:
    explicit EventLoopProbe(int intervalMs = 2, QObject *parent = nullptr);

    void start();
    void stop();
    const LatencyStats &lateness() const { return m_lateness; }
    // Ticks at least this late (ms): 16 is one frame at 60 Hz.
    qsizetype lateTicks(double thresholdMs) const;

private:
    void tick();

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    LatencyStats m_lateness;
    std::vector<qint64> m_samples;
};

} // namespace ccr::bench

#pragma once

#include <QJsonObject>

#include <vector>

namespace ccr::bench {

// Latency samples of one scenario (nanoseconds) and their summary.
class LatencyStats
{
public:
    void add(qint64 nanoseconds) { m_samples.push_back(nanoseconds); }
    qsizetype count() const { return qsizetype(m_samples.size()); }
    // Nearest-rank percentile in milliseconds; 0 without samples.
    double percentileMs(double percent) const;
    double maxMs() const;
    double meanMs() const;
    // {"p50": ms, "p95": ..., "p99": ..., "max": ..., "mean": ..., "samples": n}
    QJsonObject toJson() const;

private:
    void sort() const;
    mutable std::vector<qint64> m_samples;
    mutable bool m_sorted = false;
};

} // namespace ccr::bench

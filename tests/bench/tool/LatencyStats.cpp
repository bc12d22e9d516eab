#include "LatencyStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ccr::bench {

using namespace Qt::StringLiterals;

void LatencyStats::sort() const
{
    if (!m_sorted) {
        std::sort(m_samples.begin(), m_samples.end());
        m_sorted = true;
    }
}

double LatencyStats::percentileMs(double percent) const
{
    if (m_samples.empty())
        return 0;
    sort();
    const auto rank = size_t(std::ceil(percent / 100.0 * double(m_samples.size())));
    const size_t index = std::clamp<size_t>(rank, 1, m_samples.size()) - 1;
    return double(m_samples[index]) / 1e6;
}

double LatencyStats::maxMs() const
{
    return m_samples.empty() ? 0 : double(*std::max_element(m_samples.begin(), m_samples.end())) / 1e6;
}

double LatencyStats::meanMs() const
{
    if (m_samples.empty())
        return 0;
    const double sum = std::accumulate(m_samples.begin(), m_samples.end(), 0.0);
    return sum / double(m_samples.size()) / 1e6;
}

QJsonObject LatencyStats::toJson() const
{
    return {{u"p50"_s, percentileMs(50)}, {u"p95"_s, percentileMs(95)}, {u"p99"_s, percentileMs(99)},
            {u"max"_s, maxMs()},          {u"mean"_s, meanMs()},        {u"samples"_s, count()}};
}

} // namespace ccr::bench

#include "ScenarioResult.h"

namespace ccr::bench {

using namespace Qt::StringLiterals;

QJsonObject ScenarioResult::toJson() const
{
    QJsonObject json{{u"name"_s, name},
                     {u"what"_s, what},
                     {u"clients"_s, clients},
                     {u"pipeline"_s, pipeline},
                     {u"ok"_s, ok},
                     {u"errors"_s, errors},
                     {u"timeBound"_s, timeBound},
                     {u"seconds"_s, seconds},
                     {u"throughputPerSecond"_s, throughput()},
                     {u"latencyMs"_s, latency.toJson()},
                     {u"serverCpuPercent"_s, serverCpuPercent},
                     {u"serverRssKb"_s, serverAfter.rssKb},
                     {u"serverPeakRssKb"_s, serverAfter.peakRssKb},
                     {u"serverThreads"_s, serverAfter.threads}};
    if (!firstError.isEmpty())
        json.insert(u"firstError"_s, firstError);
    if (!extra.isEmpty())
        json.insert(u"extra"_s, extra);
    return json;
}

} // namespace ccr::bench

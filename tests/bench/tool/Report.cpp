#include "Report.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

namespace ccr::bench {

using namespace Qt::StringLiterals;

namespace {

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QJsonObject floorJson(const FloorResult *floor)
{
    if (!floor)
        return {};
    QJsonObject json{{u"latencyMs"_s, floor->latency.toJson()}};
    if (!floor->error.isEmpty())
        json.insert(u"error"_s, floor->error);
    return json;
}

} // namespace

QString BenchReport::table() const
{
    QStringList lines;
    lines << u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12"_s.arg(u"scenario"_s, -8)
                 .arg(u"clients"_s, 7)
                 .arg(u"ok"_s, 7)
                 .arg(u"errors"_s, 6)
                 .arg(u"secs"_s, 6)
                 .arg(u"ops/s"_s, 9)
                 .arg(u"p50 ms"_s, 8)
                 .arg(u"p95 ms"_s, 8)
                 .arg(u"p99 ms"_s, 8)
                 .arg(u"max ms"_s, 8)
                 .arg(u"srv CPU%"_s, 8)
                 .arg(u"srv RSS MB"_s, 10);
    for (const ScenarioResult &result : *scenarios) {
        lines << u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12"_s.arg(result.name, -8)
                     .arg(result.clients, 7)
                     .arg(result.ok, 7)
                     .arg(result.errors, 6)
                     .arg(fixed(result.seconds, 2), 6)
                     .arg(fixed(result.throughput(), 1), 9)
                     .arg(fixed(result.latency.percentileMs(50), 3), 8)
                     .arg(fixed(result.latency.percentileMs(95), 3), 8)
                     .arg(fixed(result.latency.percentileMs(99), 3), 8)
                     .arg(fixed(result.latency.maxMs(), 3), 8)
                     .arg(result.serverCpuPercent < 0 ? u"-"_s : fixed(result.serverCpuPercent, 0), 8)
                     .arg(result.serverAfter.valid ? fixed(double(result.serverAfter.rssKb) / 1024, 1) : u"-"_s, 10);
        if (!result.firstError.isEmpty())
            lines << u"         first error: "_s + result.firstError;
    }
    lines << QString();
    if (tcpFloor)
        lines << u"floor: loopback TCP round trip p50 %1 ms, p99 %2 ms (%3 samples)"_s
                     .arg(fixed(tcpFloor->latency.percentileMs(50), 4), fixed(tcpFloor->latency.percentileMs(99), 4))
                     .arg(tcpFloor->latency.count());
    if (fsyncFloor)
        lines << u"floor: write+fdatasync p50 %1 ms, p99 %2 ms (%3 samples)"_s
                     .arg(fixed(fsyncFloor->latency.percentileMs(50), 3),
                          fixed(fsyncFloor->latency.percentileMs(99), 3))
                     .arg(fsyncFloor->latency.count());
    lines << u"server idle RSS %1 MB; machine: %2 cores, %3, %4 MB RAM; load before %5, after %6"_s
                 .arg(fixed(server.value(u"idleRssKb"_s).toDouble() / 1024, 1))
                 .arg(machine.value(u"cores"_s).toInt())
                 .arg(machine.value(u"cpuModel"_s).toString())
                 .arg(machine.value(u"memTotalMb"_s).toInteger())
                 .arg(loadBefore, loadAfter);
    return lines.join(u'\n') + u'\n';
}

QJsonObject BenchReport::toJson() const
{
    QJsonArray results;
    for (const ScenarioResult &result : *scenarios)
        results.append(result.toJson());
    return {
        {u"tool"_s, u"ccr-bench"_s},
        {u"finishedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"machine"_s, machine},
        {u"loadAverageBefore"_s, loadBefore},
        {u"loadAverageAfter"_s, loadAfter},
        {u"server"_s, server},
        {u"options"_s, options},
        {u"floors"_s, QJsonObject{{u"tcpRoundTrip"_s, floorJson(tcpFloor)}, {u"fdatasync"_s, floorJson(fsyncFloor)}}},
        {u"scenarios"_s, results}};
}

} // namespace ccr::bench

#pragma once

#include "LatencyStats.h"
#include "ServerProbe.h"

#include <QJsonObject>
#include <QString>

namespace ccr::bench {

// The outcome of one scenario: latency of every successful operation,
// throughput, errors, and what the server process spent meanwhile.
struct ScenarioResult
{
    QString name;
    QString what; // one line: the operation measured
    int clients = 0;
    int pipeline = 1;
    qint64 ok = 0;
    qint64 errors = 0;
    QString firstError;     // the first error seen, for the report
    bool timeBound = false; // stopped by --duration-s before --requests
    double seconds = 0;
    LatencyStats latency;
    ProcessSample serverBefore;
    ProcessSample serverAfter;
    double serverCpuPercent = -1;
    QJsonObject extra; // scenario-specific figures (fan-out: first arrival, create response)

    double throughput() const { return seconds > 0 ? double(ok) / seconds : 0; }
    QJsonObject toJson() const;
};

} // namespace ccr::bench

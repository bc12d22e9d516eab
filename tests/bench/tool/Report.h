#pragma once

#include "Floors.h"
#include "ScenarioResult.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace ccr::bench {

// Everything one ccr-bench run found, for the table and the JSON file.
struct BenchReport
{
    QJsonObject machine;
    QJsonObject server; // address, tls, pid, idle RSS
    QJsonObject options;
    QString loadBefore;
    QString loadAfter;
    const FloorResult *tcpFloor = nullptr;
    const FloorResult *fsyncFloor = nullptr;
    const std::vector<ScenarioResult> *scenarios = nullptr;

    QString table() const;
    QJsonObject toJson() const;
};

} // namespace ccr::bench

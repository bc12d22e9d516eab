#pragma once

#include <QJsonObject>

namespace ccr::bench {

// One look at the server process through /proc: resident memory and CPU time.
struct ProcessSample
{
    bool valid = false;
    qint64 rssKb = 0;
    qint64 peakRssKb = 0; // VmHWM
    qint64 cpuTicks = 0;  // utime + stime
    qint64 threads = 0;
};

class ServerProbe
{
public:
    // pid 0: find the process that owns the listening socket on this TCP port.
    ServerProbe(qint64 pid, quint16 port);

    qint64 pid() const { return m_pid; }
    ProcessSample sample() const;
    // CPU used between two samples over wall time, in percent of one core.
    static double cpuPercent(const ProcessSample &before, const ProcessSample &after, double wallSeconds);

    static qint64 findListeningProcess(quint16 port);

private:
    qint64 m_pid;
};

// The machine, for the report: cores, CPU model, memory, load.
QJsonObject machineInfo();
QString loadAverage();

} // namespace ccr::bench

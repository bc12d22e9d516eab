#pragma once

#include "LatencyStats.h"

#include <QJsonObject>
#include <QString>

namespace ccr::bench {

struct StartupOptions
{
    QString clientBinary; // ccr-client
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7730; // the login window does not wait for a server
    bool plain = false;
    int runs = 20;
    int timeoutMs = 20'000; // per run
};

// Start-up as a user sees it: ccr-client is started `runs` times, each with
// a fresh settings directory and CCR_CLIENT_STARTUP_PROBE=exit, so it prints
// when its first window (the login page) has been painted and quits.
// "wall": from QProcess::start (fork and exec included) until that line is
// read; "inProcess": what the client measured from main() (without the
// dynamic loader and library start-up before main).
struct StartupResult
{
    LatencyStats wall;
    LatencyStats inProcess;
    int failures = 0;
    QString firstError;
    QJsonObject toJson() const;
};

StartupResult runStartupBench(const StartupOptions &options);

} // namespace ccr::bench

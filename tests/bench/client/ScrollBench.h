#pragma once

#include "LatencyStats.h"

#include <QJsonObject>
#include <QString>

namespace ccr::bench {

struct ScrollOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    bool plain = false;
    QString adminEmail;
    QString adminPassword;
    int pages = 200;         // further pages to pull in by scrolling
    int durationS = 120;     // bound on the whole run
    int probeIntervalMs = 2; // EventLoopProbe tick
};

// The admin's ticket list over a large store, in the real client code
// (ccr_client_lib's MainWindow, as ccr-client runs it): log in through the
// login page's widgets, wait for the first rows, then scroll the list to
// the bottom again and again so the model pulls the next page (lazy paging
// through the server's cursor), while an EventLoopProbe records how late
// the GUI thread's timer ticks come. "pageLoad": from a scroll to the
// bottom until the next page's rows are in the model.
struct ScrollResult
{
    QString error; // empty when the run finished
    double loginToFirstRowsMs = 0;
    int rows = 0;
    int pages = 0;
    double seconds = 0;
    LatencyStats pageLoad;
    LatencyStats lateness;
    qsizetype late16 = 0; // ticks at least one 60 Hz frame late
    qsizetype late50 = 0;
    qsizetype late100 = 0;
    QJsonObject toJson() const;
};

ScrollResult runScrollBench(const ScrollOptions &options);

} // namespace ccr::bench

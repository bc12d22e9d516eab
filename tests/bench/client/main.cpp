// ccr-bench-client: the desktop client's two targets of issue 8, measured
// with the real client — start-up until the login window is painted
// (ccr-client started N times) and the admin's ticket list scrolled through
// a large store with the GUI thread's event-loop lateness recorded. How to
// run it: docs/benchmarks.md.
#include "ScrollBench.h"
#include "StartupBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : QString();
}

void print(const char *what, const ccr::bench::LatencyStats &stats)
{
    std::printf("  %-34s p50 %8.1f  p99 %8.1f  max %8.1f ms  (%lld samples)\n", what, stats.percentileMs(50),
                stats.percentileMs(99), stats.maxMs(), static_cast<long long>(stats.count()));
}

} // namespace

int main(int argc, char *argv[])
{
    // Offscreen unless there is a display: the figures are about the client's
    // own work, and CI has no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ccr-bench-client"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Client start-up and list scrolling figures. The admin password comes from CCR_BENCH_ADMIN_PASSWORD."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"startup-runs"_s, u"Start ccr-client this many times (0: skip; default 20)."_s, u"n"_s, u"20"_s},
        {u"client-binary"_s, u"The ccr-client to start."_s, u"path"_s, QStringLiteral(CCR_CLIENT_BINARY)},
        {u"scroll-pages"_s, u"Pages to pull in by scrolling the admin's list (0: skip; default 200)."_s, u"n"_s,
         u"200"_s},
        {u"duration-s"_s, u"Bound on the scrolling run (default 120)."_s, u"s"_s, u"120"_s},
        {u"host"_s, u"Server host (default 127.0.0.1)."_s, u"host"_s, u"127.0.0.1"_s},
        {u"port"_s, u"Server port (default 7730)."_s, u"port"_s, u"7730"_s},
        {u"plain"_s, u"The server runs with --plain."_s},
        {u"admin-email"_s, u"The admin who scrolls."_s, u"email"_s},
        {u"json"_s, u"Also write the figures here."_s, u"file"_s},
    });
    parser.process(app);
    bool ok[4] = {};
    const int startupRuns = parser.value(u"startup-runs"_s).toInt(&ok[0]);
    const int pages = parser.value(u"scroll-pages"_s).toInt(&ok[1]);
    const int duration = parser.value(u"duration-s"_s).toInt(&ok[2]);
    const uint port = parser.value(u"port"_s).toUInt(&ok[3]);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || startupRuns < 0 || pages < 0
        || duration < 1 || port < 1 || port > 65535) {
        std::fprintf(stderr, "ccr-bench-client: give whole numbers in range (see --help).\n");
        return 2;
    }

    QJsonObject report{{u"machine"_s, QSysInfo::machineHostName()}, {u"loadAverageAtStart"_s, loadAverage()}};
    std::printf("load average %s\n", qPrintable(loadAverage()));
    int exitCode = 0;
    if (startupRuns > 0) {
        ccr::bench::StartupOptions options;
        options.clientBinary = parser.value(u"client-binary"_s);
        options.host = parser.value(u"host"_s);
        options.port = quint16(port);
        options.plain = parser.isSet(u"plain"_s);
        options.runs = startupRuns;
        const auto result = ccr::bench::runStartupBench(options);
        std::printf("start-up: ccr-client to login window painted, %d runs, %d failed\n", startupRuns, result.failures);
        print("process start -> painted (wall)", result.wall);
        print("main() -> painted (in the client)", result.inProcess);
        if (!result.firstError.isEmpty())
            std::printf("  first failure: %s\n", qPrintable(result.firstError));
        report.insert(u"startup"_s, result.toJson());
        exitCode = result.failures > 0 ? 3 : exitCode;
    }
    if (pages > 0) {
        ccr::bench::ScrollOptions options;
        options.host = parser.value(u"host"_s);
        options.port = quint16(port);
        options.plain = parser.isSet(u"plain"_s);
        options.adminEmail = parser.value(u"admin-email"_s);
        options.adminPassword = qEnvironmentVariable("CCR_BENCH_ADMIN_PASSWORD");
        options.pages = pages;
        options.durationS = duration;
        if (options.adminEmail.isEmpty() || options.adminPassword.isEmpty()) {
            std::fprintf(stderr, "ccr-bench-client: scrolling needs --admin-email and CCR_BENCH_ADMIN_PASSWORD.\n");
            return 2;
        }
        const auto result = ccr::bench::runScrollBench(options);
        std::printf("scroll: admin's list, %d pages pulled in by scrolling, %d rows, %.1f s\n", result.pages,
                    result.rows, result.seconds);
        std::printf("  log in -> first rows                 %8.1f ms\n", result.loginToFirstRowsMs);
        print("scroll to bottom -> next page in", result.pageLoad);
        print("GUI thread timer lateness", result.lateness);
        std::printf("  ticks late >= 16 / 50 / 100 ms: %lld / %lld / %lld\n", static_cast<long long>(result.late16),
                    static_cast<long long>(result.late50), static_cast<long long>(result.late100));
        if (!result.error.isEmpty())
            std::printf("  error: %s\n", qPrintable(result.error));
        report.insert(u"scroll"_s, result.toJson());
        exitCode = result.error.isEmpty() ? exitCode : 3;
    }
    report.insert(u"loadAverageAtEnd"_s, loadAverage());
    std::printf("load average %s\n", qPrintable(loadAverage()));
    if (parser.isSet(u"json"_s)) {
        QFile file(parser.value(u"json"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(report).toJson()) < 0) {
            std::fprintf(stderr, "ccr-bench-client: cannot write %s\n", qPrintable(parser.value(u"json"_s)));
            return 1;
        }
    }
    return exitCode;
}

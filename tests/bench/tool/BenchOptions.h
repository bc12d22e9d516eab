#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ccr::bench {

// Every scenario ccr-bench knows today, in the order "all" runs them.
const QStringList &scenarioNames();

struct BenchOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7730;
    bool tls = true;
    QStringList scenarios; // from --scenario (all, or one name)
    int clients = 1;       // connections for login/ping/create/open/list
    int pipeline = 1;      // requests in flight per connection
    int requests = 1000;   // per scenario (fan-out: rounds)
    int subscribers = 0;   // fan-out receivers; 0 means --clients
    double durationS = 30; // each scenario stops here even if requests remain
    QString jsonFile;
    QString adminEmail;
    QString adminPassword;                  // from CCR_BENCH_ADMIN_PASSWORD only
    qint64 serverPid = 0;                   // 0: look up the process listening on --port
    QString floorDir = QStringLiteral("."); // where the fsync floor writes its file
    quint64 seed = 1;

    // Parses the command line; nullopt with a message in *error (or after --help).
    static std::optional<BenchOptions> fromArguments(const QStringList &arguments, QString *error);
};

} // namespace ccr::bench

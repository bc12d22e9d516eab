#include "BenchOptions.h"

#include <QCommandLineParser>
#include <QHostAddress>

#include <limits>

namespace ccr::bench {

using namespace Qt::StringLiterals;

const QStringList &scenarioNames()
{
    static const QStringList names = {u"ping"_s,        u"login"_s,     u"create"_s, u"open"_s,   u"list"_s,
                                      u"list-filter"_s, u"list-sort"_s, u"search"_s, u"fanout"_s, u"chat"_s};
    return names;
}

std::optional<BenchOptions> BenchOptions::fromArguments(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures a running ccr-server over the real protocol on loopback. Scenarios: %1. The admin password "
        "comes from the environment variable CCR_BENCH_ADMIN_PASSWORD."_s.arg(scenarioNames().join(u", "_s)));
    parser.addHelpOption();
    parser.addOptions({
        {u"host"_s, u"Server address; loopback only (default 127.0.0.1)."_s, u"address"_s, u"127.0.0.1"_s},
        {u"port"_s, u"Server port (default 7730)."_s, u"port"_s, u"7730"_s},
        {u"plain"_s, u"The server runs with --plain (no TLS)."_s},
        {u"scenario"_s, u"all (default) or one scenario."_s, u"name"_s, u"all"_s},
        {u"clients"_s, u"Concurrent connections (default 1)."_s, u"n"_s, u"1"_s},
        {u"pipeline"_s, u"Requests in flight per connection (default 1)."_s, u"n"_s, u"1"_s},
        {u"requests"_s, u"Requests per scenario; fan-out rounds (default 1000)."_s, u"n"_s, u"1000"_s},
        {u"subscribers"_s, u"Connected receivers for fanout (default: --clients)."_s, u"n"_s, u"0"_s},
        {u"duration-s"_s, u"Upper bound per scenario in seconds (default 30)."_s, u"s"_s, u"30"_s},
        {u"json"_s, u"Write the results as JSON to this file."_s, u"file"_s},
        {u"admin-email"_s, u"Email of an active admin account."_s, u"email"_s},
        {u"server-pid"_s, u"Process to sample for RSS and CPU (default: found by port)."_s, u"pid"_s, u"0"_s},
        {u"floor-dir"_s, u"Directory for the fsync floor; use the server's file system (default .)."_s, u"dir"_s,
         u"."_s},
        {u"seed"_s, u"Random seed for generated requests (default 1)."_s, u"n"_s, u"1"_s},
    });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s)) {
        *error = parser.helpText();
        return std::nullopt;
    }

    BenchOptions options;
    options.host = parser.value(u"host"_s);
    const QHostAddress address(options.host);
    if (!address.isLoopback()) {
        *error = u"--host must be a loopback address: ccr-bench measures a server on this machine."_s;
        return std::nullopt;
    }
    bool ok = true;
    auto number = [&](const QString &name, qint64 minimum, qint64 maximum) {
        bool parsed = false;
        const qint64 value = parser.value(name).toLongLong(&parsed);
        if (!parsed || value < minimum || value > maximum) {
            if (ok)
                *error = u"--%1 must be a whole number from %2 to %3."_s.arg(name).arg(minimum).arg(maximum);
            ok = false;
        }
        return value;
    };
    options.port = quint16(number(u"port"_s, 1, 65535));
    options.clients = int(number(u"clients"_s, 1, 15000));
    options.pipeline = int(number(u"pipeline"_s, 1, 64));
    options.requests = int(number(u"requests"_s, 1, 10'000'000));
    options.subscribers = int(number(u"subscribers"_s, 0, 15000));
    options.serverPid = number(u"server-pid"_s, 0, 1 << 30);
    options.seed = quint64(number(u"seed"_s, 0, std::numeric_limits<qint64>::max()));
    if (!ok)
        return std::nullopt;
    bool durationParsed = false;
    options.durationS = parser.value(u"duration-s"_s).toDouble(&durationParsed);
    if (!durationParsed || options.durationS <= 0 || options.durationS > 3600) {
        *error = u"--duration-s must be more than 0 and at most 3600."_s;
        return std::nullopt;
    }
    if (options.subscribers == 0)
        options.subscribers = options.clients;
    options.tls = !parser.isSet(u"plain"_s);
    options.jsonFile = parser.value(u"json"_s);
    options.floorDir = parser.value(u"floor-dir"_s);
    const QString scenario = parser.value(u"scenario"_s);
    if (scenario == u"all"_s) {
        options.scenarios = scenarioNames();
    } else if (scenarioNames().contains(scenario)) {
        options.scenarios = {scenario};
    } else {
        *error = u"--scenario is all or one of %1, not '%2'."_s.arg(scenarioNames().join(u", "_s), scenario);
        return std::nullopt;
    }
    options.adminEmail = parser.value(u"admin-email"_s);
    options.adminPassword = qEnvironmentVariable("CCR_BENCH_ADMIN_PASSWORD");
    if (options.adminEmail.isEmpty() || options.adminPassword.isEmpty()) {
        *error = u"Give --admin-email and set CCR_BENCH_ADMIN_PASSWORD: ccr-bench reads tickets as an admin."_s;
        return std::nullopt;
    }
    return options;
}

} // namespace ccr::bench

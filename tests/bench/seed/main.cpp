#include "StoreSeeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;

// ccr-bench-seed: a seeded, realistic store for ccr-bench, written into a
// data directory while the server is stopped (see StoreSeeder).
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ccr-bench-seed"_s);
    if (sodium_init() < 0)
        return 1;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Fills <data-dir>/ccr.sqlite with generated customers, agents and tickets. Generated users share one "
        "password: CCR_BENCH_USER_PASSWORD, or a random one printed at the end."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"data-dir"_s, u"The server's data directory."_s, u"dir"_s},
        {u"tickets"_s, u"Tickets to create (default 1000000)."_s, u"n"_s, u"1000000"_s},
        {u"customers"_s, u"Customers to create (default 50000)."_s, u"n"_s, u"50000"_s},
        {u"agents"_s, u"Agents to create (default 200)."_s, u"n"_s, u"200"_s},
        {u"seed"_s, u"Random seed (default 1)."_s, u"n"_s, u"1"_s},
        {u"messages-per-ticket"_s, u"Average chat messages and notes per worked ticket (default 5)."_s, u"n"_s, u"5"_s},
        {u"batch"_s, u"Tickets per transaction (default 20000)."_s, u"n"_s, u"20000"_s},
        {u"no-verify"_s, u"Skip the final FTS5 integrity-check and foreign_key_check."_s},
    });
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    ccr::bench::SeedOptions options;
    options.dataDir = parser.value(u"data-dir"_s);
    bool ok[6] = {};
    options.tickets = parser.value(u"tickets"_s).toLongLong(&ok[0]);
    options.customers = parser.value(u"customers"_s).toInt(&ok[1]);
    options.agents = parser.value(u"agents"_s).toInt(&ok[2]);
    options.seed = parser.value(u"seed"_s).toULongLong(&ok[3]);
    options.batchRows = parser.value(u"batch"_s).toInt(&ok[4]);
    options.messagesPerTicket = parser.value(u"messages-per-ticket"_s).toInt(&ok[5]);
    options.verify = !parser.isSet(u"no-verify"_s);
    if (options.dataDir.isEmpty() || !std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; })
        || options.tickets < 0 || options.customers < 1 || options.agents < 0 || options.batchRows < 1
        || options.messagesPerTicket < 1 || options.messagesPerTicket > 1000) {
        err << "ccr-bench-seed: give --data-dir and non-negative whole numbers (see --help)." << Qt::endl;
        return 2;
    }
    options.userPassword = qEnvironmentVariable("CCR_BENCH_USER_PASSWORD");
    const bool randomPassword = options.userPassword.isEmpty();
    if (randomPassword) {
        QByteArray bytes(18, Qt::Uninitialized);
        randombytes_buf(bytes.data(), size_t(bytes.size()));
        options.userPassword = QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
    }

    const ccr::bench::SeedReport report = ccr::bench::StoreSeeder(options).run();
    if (!report.error.isEmpty()) {
        err << "ccr-bench-seed: " << report.error << Qt::endl;
        return 1;
    }
    const qint64 rows =
        report.users + report.tickets + report.historyRows + report.messages + report.reads + report.ratings;
    const auto seconds = [](double value) { return QString::number(value, 'f', 2); };
    out << "users " << report.users << " in " << seconds(report.userSeconds) << " s\n"
        << "tickets " << report.tickets << " (+" << report.historyRows << " history rows, +" << report.messages
        << " messages of which " << report.notes << " notes, +" << report.reads << " read markers, +" << report.ratings
        << " ratings) appended in " << seconds(report.ticketSeconds)
        << " s = " << QString::number((rows - report.users) / std::max(1e-9, report.ticketSeconds), 'f', 0)
        << " rows/s\n"
        << "indexes and FTS5 rebuilt in " << seconds(report.indexSeconds) << " s\n"
        << "integrity-check and foreign_key_check " << (options.verify ? u"passed"_s : u"skipped"_s) << " in "
        << seconds(report.checkSeconds) << " s\n"
        << "one Argon2id hash for all users: " << QString::number(report.hashSeconds * 1000, 'f', 0) << " ms\n"
        << "total " << rows << " rows in " << seconds(report.totalSeconds) << " s\n"
        << "accounts: " << report.emailPattern << "\n";
    if (randomPassword)
        out << "password of every generated user: " << options.userPassword << "\n";
    out.flush();
    return 0;
}

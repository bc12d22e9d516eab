#pragma once

#include <QString>

namespace ccr::bench {

struct SeedOptions
{
    QString dataDir;
    qint64 tickets = 1'000'000;
    int customers = 50'000;
    int agents = 200;
    quint64 seed = 1;
    int messagesPerTicket = 5; // average; chat and notes
    int batchRows = 20'000;    // tickets (or users) per transaction
    bool verify = true;        // FTS5 integrity-check and foreign_key_check at the end
    QString userPassword;      // one password for every generated user, hashed once
};

struct SeedReport
{
    QString error; // empty on success
    qint64 users = 0;
    qint64 tickets = 0;
    qint64 historyRows = 0;
    qint64 messages = 0; // chat messages and internal notes
    qint64 notes = 0;
    qint64 reads = 0; // ticket_reads markers
    qint64 ratings = 0;
    double hashSeconds = 0;
    double userSeconds = 0;
    double ticketSeconds = 0; // tickets, history, messages, reads, ratings appended
    double indexSeconds = 0;  // secondary indexes and FTS5 rebuilt, triggers back
    double checkSeconds = 0;  // integrity-check and foreign_key_check
    double totalSeconds = 0;
    QString emailPattern; // how to reach a generated account, e.g. customer-17-3@seed.example.com
};

// Fills <data-dir>/ccr.sqlite with a realistic store: the server's own
// migrations first (so the schema is always the server's), then users and
// tickets with the history, conversation, read markers, ratings and SLA
// stamps the server would have written over their lives (TicketLife). The
// rows go into a private copy of the file in bulk mode (BulkLoad: no
// journal, indexes and FTS triggers set aside, FTS5 rebuilt in one pass),
// which replaces ccr.sqlite only once it is complete and checked, so an
// interrupted run leaves the original untouched. Run it with the server
// stopped. A seeded RNG makes the store reproducible. Generated users share
// one Argon2id hash: hashing 50,000 passwords would take about an hour and
// measure nothing the server does.
class StoreSeeder
{
public:
    explicit StoreSeeder(SeedOptions options);
    SeedReport run();

private:
    SeedOptions m_options;
};

} // namespace ccr::bench

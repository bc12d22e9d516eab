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
    int batchRows = 5'000; // tickets (or users) per transaction
    QString userPassword;  // one password for every generated user, hashed once
};

struct SeedReport
{
    QString error; // empty on success
    qint64 users = 0;
    qint64 tickets = 0;
    qint64 historyRows = 0;
    qint64 messages = 0; // chat messages and internal notes
    double hashSeconds = 0;
    double userSeconds = 0;
    double ticketSeconds = 0;
    double totalSeconds = 0;
    QString emailPattern; // how to reach a generated account, e.g. customer-17-3@seed.example.com
};

// Writes a realistic store straight into <data-dir>/ccr.sqlite through the
// server's own Database class and migrations, so the schema always matches
// what ccr-server expects. Batched transactions; a seeded RNG makes the store
// reproducible. Generated users share one Argon2id hash: hashing a million
// passwords would take hours and would measure nothing the server does.
class StoreSeeder
{
public:
    explicit StoreSeeder(SeedOptions options);
    SeedReport run();

private:
    SeedOptions m_options;
};

} // namespace ccr::bench

#include "Migrations.h"

#include "Sql.h"
#include "Transaction.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

// Ordered, append-only. Each step is the SQLite dialect; the PostgreSQL
// driver (a later issue) adds its own dialect per step here.
struct Migration
{
    int version;
    QStringList sqlite;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1,
         {
             uR"(CREATE TABLE users (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   role TEXT NOT NULL CHECK (role IN ('customer', 'agent', 'admin')),
                   email TEXT NOT NULL UNIQUE,
                   first_name TEXT NOT NULL,
                   last_name TEXT NOT NULL,
                   password_hash TEXT NOT NULL,
                   state TEXT NOT NULL DEFAULT 'active',
                   created_at INTEGER NOT NULL))"_s,
             uR"(CREATE TABLE sessions (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   token_hash TEXT NOT NULL UNIQUE,
                   created_at INTEGER NOT NULL,
                   expires_at INTEGER NOT NULL,
                   revoked INTEGER NOT NULL DEFAULT 0))"_s,
             uR"(CREATE INDEX sessions_user ON sessions (user_id))"_s,
             uR"(CREATE TABLE tickets (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   customer_id INTEGER NOT NULL REFERENCES users(id),
                   assignee_id INTEGER REFERENCES users(id),
                   subject TEXT NOT NULL,
                   description TEXT NOT NULL,
                   status TEXT NOT NULL,
                   created_at INTEGER NOT NULL,
                   updated_at INTEGER NOT NULL))"_s,
             uR"(CREATE INDEX tickets_customer ON tickets (customer_id, id))"_s,
             uR"(CREATE TABLE events (
                   seq INTEGER PRIMARY KEY AUTOINCREMENT,
                   name TEXT NOT NULL,
                   customer_id INTEGER NOT NULL,
                   data TEXT NOT NULL,
                   created_at INTEGER NOT NULL))"_s,
             uR"(CREATE INDEX events_customer ON events (customer_id, seq))"_s,
         }},
    };
    return steps;
}

int currentVersion(QSqlDatabase &db)
{
    if (!exec(db, u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s))
        return -1;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s) || !query.next())
        return -1;
    return query.value(0).isNull() ? 0 : query.value(0).toInt();
}

} // namespace

int latestSchemaVersion()
{
    return migrations().back().version;
}

QString applyMigrations(QSqlDatabase &db)
{
    const int current = currentVersion(db);
    if (current < 0)
        return u"Cannot read the schema version."_s;
    if (current > latestSchemaVersion())
        return u"The database has schema version %1, newer than this server understands (%2). Upgrade ccr-server."_s
            .arg(current)
            .arg(latestSchemaVersion());
    if (current == latestSchemaVersion())
        return {};

    Transaction transaction(db);
    for (const auto &step : migrations()) {
        if (step.version <= current)
            continue;
        for (const auto &statement : step.sqlite) {
            if (!exec(db, statement))
                return u"Migration to schema version %1 failed."_s.arg(step.version);
        }
        QSqlQuery record = prepare(db, u"INSERT INTO schema_version (version) VALUES (?)"_s);
        record.addBindValue(step.version);
        if (!exec(record))
            return u"Cannot record schema version %1."_s.arg(step.version);
        qCInfo(lcStore) << "migrated store to schema version" << step.version;
    }
    if (!transaction.commit())
        return u"Cannot commit the migrations."_s;
    return {};
}

} // namespace ccr::server

#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QSqlDatabase;

namespace ccr::bench {

// Loading millions of rows into the server's schema offline, fast: the
// secondary indexes of the bulk tables and the triggers that keep their
// external-content FTS5 tables in step are set aside (their exact SQL from
// sqlite_master is kept; an FTS table whose content is a view counts for the
// one table under the view), the rows are appended, then the indexes are
// created again from that SQL, each FTS5 table is rebuilt from its content
// table in one pass ('rebuild') and the triggers are put back word for word.
// The result is the schema the migrations made, with indexes and full-text
// entries exactly as row-by-row inserts would have left them. Other triggers
// stay in place and keep firing.
struct SetAside
{
    struct Object
    {
        QString name;
        QString sql;
    };
    std::vector<Object> indexes;
    std::vector<Object> triggers;
    QStringList ftsTables; // rebuilt when the objects are restored
};

// tables: the content tables about to receive the bulk rows.
std::optional<SetAside> setAsideIndexesAndFtsTriggers(QSqlDatabase &db, const QStringList &tables, QString *error);
// Empty on success, else what failed.
QString restoreSetAside(QSqlDatabase &db, const SetAside &objects);

// Connection settings for an offline load into a private copy of the store:
// no journal, no syncs, a large page cache, exclusive lock. leave puts back
// what the server itself expects on open (WAL; it sets synchronous=FULL and
// foreign keys per connection).
QString enterBulkMode(QSqlDatabase &db);
QString leaveBulkMode(QSqlDatabase &db);

// The checks a finished store must pass: FTS5 'integrity-check' of every
// FTS5 table against its content, PRAGMA foreign_key_check. Empty when
// all pass, else the first failure.
QString checkStore(QSqlDatabase &db);

} // namespace ccr::bench

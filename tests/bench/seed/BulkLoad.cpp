#include "BulkLoad.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ccr::bench {

using namespace Qt::StringLiterals;

namespace {

bool run(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = u"%1: %2"_s.arg(statement.simplified().left(120), query.lastError().text());
    return false;
}

struct FtsTable
{
    QString name;
    QString contentTable;
};

// External-content FTS5 tables of the schema, each with the table its rows
// come from: content='table', or content='view' over one table (schema v9
// keys message hits by ticket through a view on messages).
std::optional<std::vector<FtsTable>> ftsTables(QSqlDatabase &db, QString *error)
{
    static const QRegularExpression content(uR"(content\s*=\s*'([^']+)')"_s);
    static const QRegularExpression viewSource(uR"re(\bFROM\s+"?(\w+)"?)re"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    QSqlQuery query(db);
    if (!query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'"_s)) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    std::vector<FtsTable> tables;
    while (query.next()) {
        const auto match = content.match(query.value(1).toString());
        if (match.hasMatch())
            tables.push_back({query.value(0).toString(), match.captured(1)});
    }
    for (FtsTable &table : tables) {
        QSqlQuery view(db);
        view.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?"_s);
        view.addBindValue(table.contentTable);
        if (view.exec() && view.next()) {
            const auto source = viewSource.match(view.value(0).toString());
            if (source.hasMatch())
                table.contentTable = source.captured(1);
        }
    }
    return tables;
}

} // namespace

std::optional<SetAside> setAsideIndexesAndFtsTriggers(QSqlDatabase &db, const QStringList &tables, QString *error)
{
    const auto fts = ftsTables(db, error);
    if (!fts)
        return std::nullopt;
    SetAside objects;
    QSqlQuery query(db);
    // sql IS NULL: the automatic indexes of UNIQUE and PRIMARY KEY
    // constraints, which cannot (and need not) be dropped.
    if (!query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                    "AND sql IS NOT NULL ORDER BY rowid"_s)) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        const QString table = query.value(2).toString();
        if (!tables.contains(table))
            continue;
        const SetAside::Object object{query.value(1).toString(), query.value(3).toString()};
        if (query.value(0).toString() == u"index") {
            objects.indexes.push_back(object);
            continue;
        }
        // Only the triggers that write into this table's FTS index.
        for (const FtsTable &index : *fts) {
            if (index.contentTable == table && object.sql.contains(index.name)) {
                objects.triggers.push_back(object);
                if (!objects.ftsTables.contains(index.name))
                    objects.ftsTables << index.name;
                break;
            }
        }
    }
    for (const FtsTable &index : *fts) {
        if (tables.contains(index.contentTable) && !objects.ftsTables.contains(index.name))
            objects.ftsTables << index.name;
    }
    for (const auto &trigger : objects.triggers) {
        if (!run(db, u"DROP TRIGGER \"%1\""_s.arg(trigger.name), error))
            return std::nullopt;
    }
    for (const auto &index : objects.indexes) {
        if (!run(db, u"DROP INDEX \"%1\""_s.arg(index.name), error))
            return std::nullopt;
    }
    return objects;
}

QString restoreSetAside(QSqlDatabase &db, const SetAside &objects)
{
    QString error;
    for (const auto &index : objects.indexes) {
        if (!run(db, index.sql, &error))
            return error;
    }
    // 'rebuild' drops the FTS index and builds it again from the content
    // table: the same entries the insert triggers write, in one pass.
    for (const QString &table : objects.ftsTables) {
        if (!run(db, u"INSERT INTO \"%1\" (\"%1\") VALUES ('rebuild')"_s.arg(table), &error))
            return error;
    }
    for (const auto &trigger : objects.triggers) {
        if (!run(db, trigger.sql, &error))
            return error;
    }
    return {};
}

QString enterBulkMode(QSqlDatabase &db)
{
    QString error;
    for (const char *pragma :
         {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA foreign_keys=OFF", "PRAGMA cache_size=-1048576",
          "PRAGMA temp_store=MEMORY", "PRAGMA locking_mode=EXCLUSIVE"}) {
        if (!run(db, QString::fromLatin1(pragma), &error))
            return error;
    }
    return {};
}

QString leaveBulkMode(QSqlDatabase &db)
{
    QString error;
    for (const char *pragma : {"PRAGMA locking_mode=NORMAL", "PRAGMA cache_size=-2000", "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=FULL", "PRAGMA journal_mode=WAL"}) {
        if (!run(db, QString::fromLatin1(pragma), &error))
            return error;
    }
    return {};
}

QString checkStore(QSqlDatabase &db)
{
    QString error;
    const auto fts = ftsTables(db, &error);
    if (!fts)
        return error;
    for (const FtsTable &table : *fts) {
        // rank 1: also compare the index with the content table's rows.
        if (!run(db, u"INSERT INTO \"%1\" (\"%1\", rank) VALUES ('integrity-check', 1)"_s.arg(table.name), &error))
            return u"FTS5 integrity-check of %1 failed: %2"_s.arg(table.name, error);
    }
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA foreign_key_check"_s))
        return query.lastError().text();
    if (query.next())
        return u"foreign_key_check: a row of %1 (rowid %2) points to a missing %3."_s.arg(
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    return {};
}

} // namespace ccr::bench

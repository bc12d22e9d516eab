#include "CategoryRecords.h"

#include "Sql.h"

#include <QSqlDatabase>
#include <QVariant>

namespace ccr::server {

using namespace Qt::StringLiterals;

namespace {

Category readCategory(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool()};
}

} // namespace

QJsonObject Category::toJson() const
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"active"_s, active}};
}

std::optional<QList<Category>> listCategories(QSqlDatabase &db, bool activeOnly)
{
    QSqlQuery query =
        prepare(db, activeOnly ? u"SELECT id, name, active FROM categories WHERE active = 1 "
                                 "ORDER BY name COLLATE NOCASE"_s
                               : u"SELECT id, name, active FROM categories ORDER BY name COLLATE NOCASE"_s);
    if (!exec(query))
        return std::nullopt;
    QList<Category> categories;
    while (query.next())
        categories.append(readCategory(query));
    return categories;
}

std::optional<Category> loadCategory(QSqlDatabase &db, qint64 id)
{
    QSqlQuery query = prepare(db, u"SELECT id, name, active FROM categories WHERE id = ?"_s);
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return readCategory(query);
}

bool categoryNameTaken(QSqlDatabase &db, const QString &name, qint64 exceptId)
{
    // The column is COLLATE NOCASE, so '=' ignores (ASCII) case as the UNIQUE constraint does.
    QSqlQuery query = prepare(db, u"SELECT 1 FROM categories WHERE name = ? AND id <> ?"_s);
    query.addBindValue(name);
    query.addBindValue(exceptId);
    return exec(query) && query.next();
}

qint64 insertCategory(QSqlDatabase &db, const QString &name, bool active)
{
    QSqlQuery insert = prepare(db, u"INSERT INTO categories (name, active) VALUES (?, ?)"_s);
    insert.addBindValue(name);
    insert.addBindValue(active ? 1 : 0);
    return exec(insert) ? insert.lastInsertId().toLongLong() : 0;
}

bool updateCategory(QSqlDatabase &db, const Category &category)
{
    QSqlQuery update = prepare(db, u"UPDATE categories SET name = ?, active = ? WHERE id = ?"_s);
    update.addBindValue(category.name);
    update.addBindValue(category.active ? 1 : 0);
    update.addBindValue(category.id);
    return exec(update) && update.numRowsAffected() == 1;
}

} // namespace ccr::server

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// A ticket category (Billing, Technical, ...). Inactive ones stay on old
// tickets but cannot be chosen for new ones.
struct Category
{
    qint64 id = 0;
    QString name;
    bool active = true;

    QJsonObject toJson() const;
};

// By name; nullopt when the query failed.
std::optional<QList<Category>> listCategories(QSqlDatabase &db, bool activeOnly);
std::optional<Category> loadCategory(QSqlDatabase &db, qint64 id);
// Another category (not exceptId) already has this name, compared ignoring case.
bool categoryNameTaken(QSqlDatabase &db, const QString &name, qint64 exceptId);
// The new id, or 0 when the insert failed.
qint64 insertCategory(QSqlDatabase &db, const QString &name, bool active);
bool updateCategory(QSqlDatabase &db, const Category &category);

} // namespace ccr::server

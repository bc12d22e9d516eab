#include "SettingsRecords.h"

#include <store/Sql.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ccr::server {

using namespace Qt::StringLiterals;

std::optional<QJsonValue> readSetting(QSqlDatabase &db, const QString &key)
{
    QSqlQuery query = prepare(db, u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (!exec(query) || !query.next())
        return std::nullopt;
    // Wrapped in an array so scalars (a cursor) and objects parse alike.
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + query.value(0).toByteArray() + "]");
    if (!document.isArray() || document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

bool writeSetting(QSqlDatabase &db, const QString &key, const QJsonValue &value)
{
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    text = text.mid(1, text.size() - 2); // without the wrapping brackets
    QSqlQuery upsert = prepare(
        db,
        u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    upsert.addBindValue(key);
    upsert.addBindValue(QString::fromUtf8(text));
    return exec(upsert);
}

} // namespace ccr::server

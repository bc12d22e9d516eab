#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// One JSON value per key in the settings table (SLA targets, assignment
// policy, the round-robin cursor). nullopt: no such key or unreadable.
std::optional<QJsonValue> readSetting(QSqlDatabase &db, const QString &key);
bool writeSetting(QSqlDatabase &db, const QString &key, const QJsonValue &value);

} // namespace ccr::server

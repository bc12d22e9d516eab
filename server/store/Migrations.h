#pragma once

#include <QString>

class QSqlDatabase;

namespace ccr::server {

// The schema version this build writes; a store newer than this is refused.
int latestSchemaVersion();
// Brings the store up to latestSchemaVersion() in one transaction; returns an
// error message, empty on success.
QString applyMigrations(QSqlDatabase &db);

} // namespace ccr::server

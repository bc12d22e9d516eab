#pragma once

#include "SmtpSettings.h"

#include <QJsonObject>

#include <qcoro/qcorotask.h>

class QSqlDatabase;

namespace ccr::server {

class Database;

// SMTP settings an admin changed from the client live in the settings table
// and win over the configuration. The password is stored for the relay's
// sake but never sent back over the protocol.
QCoro::Task<SmtpSettings> loadSmtpOverrides(Database &db, SmtpSettings configured);
SmtpSettings applySmtpOverrides(SmtpSettings settings, const QJsonObject &overrides);
bool saveSmtpOverrides(QSqlDatabase &db, const QJsonObject &overrides);
QJsonObject readSmtpOverrides(QSqlDatabase &db);
// What admins see: everything but the password (only whether one is set).
QJsonObject smtpSettingsForDisplay(const SmtpSettings &settings);

} // namespace ccr::server

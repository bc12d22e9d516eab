#pragma once

#include <domain/User.h>

#include <QString>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// A user's row as the server needs it for login and authorisation.
struct UserRecord
{
    domain::UserProfile profile;
    QString passwordHash;
    QString state; // "active", later also "pending" and "deactivated"
};

std::optional<UserRecord> loadUserByEmail(QSqlDatabase &db, const QString &normalizedEmail);
std::optional<UserRecord> loadUserById(QSqlDatabase &db, qint64 id);
bool emailExists(QSqlDatabase &db, const QString &normalizedEmail);
// The new user's id, or 0 when the insert failed.
qint64 insertUser(QSqlDatabase &db, const domain::UserProfile &profile, const QString &passwordHash);

} // namespace ccr::server

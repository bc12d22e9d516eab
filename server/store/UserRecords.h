#pragma once

#include <domain/User.h>

#include <QString>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// A user's row as the server needs it for login and authorisation.
struct UserRecord
{
    domain::UserProfile profile; // includes state, emailConfirmed, phone, language
    QString passwordHash;

    bool active() const { return profile.state == domain::AccountState::Active; }
};

std::optional<UserRecord> loadUserByEmail(QSqlDatabase &db, const QString &normalizedEmail);
std::optional<UserRecord> loadUserById(QSqlDatabase &db, qint64 id);
bool emailExists(QSqlDatabase &db, const QString &normalizedEmail);
// The new user's id, or 0 when the insert failed. Takes state, language and
// emailConfirmed from the profile.
qint64 insertUser(QSqlDatabase &db, const domain::UserProfile &profile, const QString &passwordHash);
bool setUserState(QSqlDatabase &db, qint64 userId, domain::AccountState state);
bool setEmailConfirmed(QSqlDatabase &db, qint64 userId);
bool setPasswordHash(QSqlDatabase &db, qint64 userId, const QString &passwordHash);
bool updateProfile(QSqlDatabase &db, const domain::UserProfile &profile, bool optionalMail);
bool wantsOptionalMail(QSqlDatabase &db, qint64 userId);

struct UserListQuery
{
    std::optional<domain::Role> role;
    std::optional<domain::AccountState> state;
    int limit = 200;
};
std::optional<QList<domain::UserProfile>> listUsers(QSqlDatabase &db, const UserListQuery &query);

} // namespace ccr::server

#pragma once

#include "Role.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ccr::domain {

// Where an account stands. Pending: an agent who registered and waits for
// an admin; Invited: created by an admin, no password set yet.
enum class AccountState
{
    Active,
    Pending,
    Invited,
    Rejected,
    Deactivated
};

QString accountStateName(AccountState state);
std::optional<AccountState> accountStateFromName(const QString &name);

// A user as the server tells a session about it (its own, or to admins).
struct UserProfile
{
    qint64 id = 0;
    Role role = Role::Customer;
    QString email;
    QString firstName;
    QString lastName;
    AccountState state = AccountState::Active;
    bool emailConfirmed = false;
    QString phone;
    QString language = QStringLiteral("en");

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
    QJsonObject toJson() const;
    static UserProfile fromJson(const QJsonObject &json);
};

} // namespace ccr::domain

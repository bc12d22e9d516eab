#pragma once

#include "Role.h"

#include <QJsonObject>
#include <QString>

namespace ccr::domain {

// What a session learns about its own user at login.
struct UserProfile
{
    qint64 id = 0;
    Role role = Role::Customer;
    QString email;
    QString firstName;
    QString lastName;

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
    QJsonObject toJson() const;
    static UserProfile fromJson(const QJsonObject &json);
};

} // namespace ccr::domain

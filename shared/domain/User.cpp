#include "User.h"

namespace ccr::domain {

using namespace Qt::StringLiterals;

QJsonObject UserProfile::toJson() const
{
    return {{u"id"_s, id},
            {u"role"_s, roleName(role)},
            {u"email"_s, email},
            {u"firstName"_s, firstName},
            {u"lastName"_s, lastName}};
}

UserProfile UserProfile::fromJson(const QJsonObject &json)
{
    UserProfile user;
    user.id = json.value(u"id"_s).toInteger();
    user.role = roleFromName(json.value(u"role"_s).toString()).value_or(Role::Customer);
    user.email = json.value(u"email"_s).toString();
    user.firstName = json.value(u"firstName"_s).toString();
    user.lastName = json.value(u"lastName"_s).toString();
    return user;
}

} // namespace ccr::domain

#include "User.h"

namespace ccr::domain {

using namespace Qt::StringLiterals;

QString accountStateName(AccountState state)
{
    switch (state) {
    case AccountState::Active: return u"active"_s;
    case AccountState::Pending: return u"pending"_s;
    case AccountState::Invited: return u"invited"_s;
    case AccountState::Rejected: return u"rejected"_s;
    case AccountState::Deactivated: return u"deactivated"_s;
    }
    return {};
}

std::optional<AccountState> accountStateFromName(const QString &name)
{
    for (auto state : {AccountState::Active, AccountState::Pending, AccountState::Invited, AccountState::Rejected,
                       AccountState::Deactivated}) {
        if (accountStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QJsonObject UserProfile::toJson() const
{
    return {{u"id"_s, id},
            {u"role"_s, roleName(role)},
            {u"email"_s, email},
            {u"firstName"_s, firstName},
            {u"lastName"_s, lastName},
            {u"state"_s, accountStateName(state)},
            {u"emailConfirmed"_s, emailConfirmed},
            {u"phone"_s, phone},
            {u"language"_s, language}};
}

UserProfile UserProfile::fromJson(const QJsonObject &json)
{
    UserProfile user;
    user.id = json.value(u"id"_s).toInteger();
    user.role = roleFromName(json.value(u"role"_s).toString()).value_or(Role::Customer);
    user.email = json.value(u"email"_s).toString();
    user.firstName = json.value(u"firstName"_s).toString();
    user.lastName = json.value(u"lastName"_s).toString();
    user.state = accountStateFromName(json.value(u"state"_s).toString()).value_or(AccountState::Active);
    user.emailConfirmed = json.value(u"emailConfirmed"_s).toBool();
    user.phone = json.value(u"phone"_s).toString();
    user.language = json.value(u"language"_s).toString(u"en"_s);
    return user;
}

} // namespace ccr::domain

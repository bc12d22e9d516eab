#include "Role.h"

namespace ccr::domain {

using namespace Qt::StringLiterals;

QString roleName(Role role)
{
    switch (role) {
    case Role::Customer: return u"customer"_s;
    case Role::Agent: return u"agent"_s;
    case Role::Admin: return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Customer, Role::Agent, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

} // namespace ccr::domain

#pragma once

#include <QString>

#include <optional>

namespace ccr::domain {

enum class Role
{
    Customer,
    Agent,
    Admin
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
inline bool isStaff(Role role)
{
    return role != Role::Customer;
}

} // namespace ccr::domain

#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// How new tickets find an agent (settings.assignment.get/set), stored in the
// settings table under "assignment". Off by default: admins assign by hand.
struct AssignmentSettings
{
    enum class Policy
    {
        Off,
        RoundRobin, // the next online agent after the last one chosen, by id
        LeastOpen,  // the online agent with the fewest unresolved tickets
    };
    Policy policy = Policy::Off;
    bool useSkills = false; // only agents skilled in the ticket's category

    QJsonObject toJson() const;
    static QString policyName(Policy policy);
    static std::optional<Policy> policyFromName(const QString &name);
};

AssignmentSettings loadAssignmentSettings(QSqlDatabase &db);
bool saveAssignmentSettings(QSqlDatabase &db, const AssignmentSettings &settings);

} // namespace ccr::server

#include "AssignmentSettings.h"

#include "SettingsRecords.h"

namespace ccr::server {

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"assignment"_s;
}

QJsonObject AssignmentSettings::toJson() const
{
    return {{u"policy"_s, policyName(policy)}, {u"useSkills"_s, useSkills}};
}

QString AssignmentSettings::policyName(Policy policy)
{
    switch (policy) {
    case Policy::Off: return u"off"_s;
    case Policy::RoundRobin: return u"roundRobin"_s;
    case Policy::LeastOpen: return u"leastOpen"_s;
    }
    return u"off"_s;
}

std::optional<AssignmentSettings::Policy> AssignmentSettings::policyFromName(const QString &name)
{
    for (auto policy : {Policy::Off, Policy::RoundRobin, Policy::LeastOpen}) {
        if (policyName(policy) == name)
            return policy;
    }
    return std::nullopt;
}

AssignmentSettings loadAssignmentSettings(QSqlDatabase &db)
{
    AssignmentSettings settings;
    const auto stored = readSetting(db, kKey);
    if (!stored || !stored->isObject())
        return settings;
    const QJsonObject json = stored->toObject();
    settings.policy = AssignmentSettings::policyFromName(json.value(u"policy"_s).toString()).value_or(settings.policy);
    settings.useSkills = json.value(u"useSkills"_s).toBool(false);
    return settings;
}

bool saveAssignmentSettings(QSqlDatabase &db, const AssignmentSettings &settings)
{
    return writeSetting(db, kKey, settings.toJson());
}

} // namespace ccr::server

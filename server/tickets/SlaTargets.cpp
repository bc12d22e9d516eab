#include "SlaTargets.h"

#include "SettingsRecords.h"

#include <QJsonValue>

namespace ccr::server {

using namespace Qt::StringLiterals;
using domain::TicketPriority;
using protocol::ApiError;
using protocol::ErrorCode;

namespace {

const QString kKey = u"sla"_s;
constexpr TicketPriority kPriorities[] = {TicketPriority::Low, TicketPriority::Normal, TicketPriority::High,
                                          TicketPriority::Urgent};

} // namespace

QJsonObject SlaTargets::toJson() const
{
    QJsonObject json;
    for (auto priority : kPriorities) {
        const SlaTarget &target = of(priority);
        json.insert(domain::priorityName(priority),
                    QJsonObject{{u"firstResponseMinutes"_s, target.firstResponseMinutes},
                                {u"resolutionMinutes"_s, target.resolutionMinutes}});
    }
    return json;
}

SlaTargets SlaTargets::defaults()
{
    SlaTargets targets;
    targets.byPriority = {{{8 * 60, 72 * 60}, {4 * 60, 24 * 60}, {60, 8 * 60}, {30, 4 * 60}}};
    return targets;
}

std::variant<SlaTargets, ApiError> SlaTargets::merged(const SlaTargets &base, const QJsonObject &json)
{
    SlaTargets result = base;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const auto priority = domain::priorityFromName(it.key());
        const QString field = u"targets."_s + it.key();
        if (!priority)
            return ApiError{ErrorCode::InvalidParams, u"Unknown priority '%1'."_s.arg(it.key()), field, {}};
        if (!it->isObject())
            return ApiError{ErrorCode::InvalidParams, u"Each priority's targets are an object."_s, field, {}};
        SlaTarget &target = result.byPriority.at(std::size_t(*priority));
        const QJsonObject values = it->toObject();
        for (const auto &[name, slot] : {std::pair{u"firstResponseMinutes"_s, &target.firstResponseMinutes},
                                         std::pair{u"resolutionMinutes"_s, &target.resolutionMinutes}}) {
            if (!values.contains(name))
                continue;
            const QJsonValue value = values.value(name);
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number != double(qint64(number)) || number < 1 || number > kMaxMinutes)
                return ApiError{ErrorCode::ValidationFailed,
                                u"Targets are whole minutes from 1 to %1."_s.arg(kMaxMinutes),
                                field + u'.' + name,
                                {}};
            *slot = int(number);
        }
        if (target.firstResponseMinutes > target.resolutionMinutes)
            return ApiError{ErrorCode::ValidationFailed,
                            u"The first response cannot be due after the resolution."_s,
                            field + u".firstResponseMinutes"_s,
                            {}};
    }
    return result;
}

SlaTargets loadSlaTargets(QSqlDatabase &db)
{
    const SlaTargets defaults = SlaTargets::defaults();
    const auto stored = readSetting(db, kKey);
    if (!stored || !stored->isObject())
        return defaults;
    // A stored value that no longer validates (edited by hand) falls back to
    // the defaults rather than leaving tickets without deadlines.
    auto merged = SlaTargets::merged(defaults, stored->toObject());
    if (auto *targets = std::get_if<SlaTargets>(&merged))
        return *targets;
    return defaults;
}

bool saveSlaTargets(QSqlDatabase &db, const SlaTargets &targets)
{
    return writeSetting(db, kKey, targets.toJson());
}

} // namespace ccr::server

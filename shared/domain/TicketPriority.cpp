#include "TicketPriority.h"

#include <array>
#include <utility>

namespace ccr::domain {

using namespace Qt::StringLiterals;

namespace {

const std::array<std::pair<TicketPriority, QLatin1StringView>, 4> kNames{{
    {TicketPriority::Low, "low"_L1},
    {TicketPriority::Normal, "normal"_L1},
    {TicketPriority::High, "high"_L1},
    {TicketPriority::Urgent, "urgent"_L1},
}};

} // namespace

QString priorityName(TicketPriority priority)
{
    for (const auto &[value, name] : kNames) {
        if (value == priority)
            return name;
    }
    return u"normal"_s;
}

std::optional<TicketPriority> priorityFromName(const QString &name)
{
    for (const auto &[value, known] : kNames) {
        if (name == known)
            return value;
    }
    return std::nullopt;
}

} // namespace ccr::domain

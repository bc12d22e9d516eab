#pragma once

#include <QLatin1StringView>

// TEMPORARY: the Tickets names agreed in the protocol plan (H1/H2), until
// their owners add them to shared/protocol/Messages.h. Removed then.
namespace ccr::client::ticketDraft {
namespace methods {
inline constexpr QLatin1StringView ticketSetPriority{"ticket.setPriority"};
inline constexpr QLatin1StringView settingsSlaGet{"settings.sla.get"};
inline constexpr QLatin1StringView settingsSlaSet{"settings.sla.set"};
inline constexpr QLatin1StringView settingsAssignmentGet{"settings.assignment.get"};
inline constexpr QLatin1StringView settingsAssignmentSet{"settings.assignment.set"};
inline constexpr QLatin1StringView categoryList{"category.list"};
inline constexpr QLatin1StringView categorySave{"category.save"};
inline constexpr QLatin1StringView agentSetSkills{"agent.setSkills"};
inline constexpr QLatin1StringView presenceSet{"presence.set"};
inline constexpr QLatin1StringView presenceList{"presence.list"};
inline constexpr QLatin1StringView debugAdvanceClock{"debug.advanceClock"};
} // namespace methods
namespace events {
inline constexpr QLatin1StringView presenceChanged{"presence.changed"};
} // namespace events
} // namespace ccr::client::ticketDraft

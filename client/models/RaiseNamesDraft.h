#pragma once

#include <QLatin1StringView>

// TEMPORARY: Tickets method names agreed in the protocol plan that the ticket
// lists and the raise dialogs use, until their owner (H2) adds them to
// shared/protocol/Messages.h. Removed then.
namespace ccr::client::raiseDraft {
inline constexpr QLatin1StringView ticketSuggestPriority{"ticket.suggestPriority"};
inline constexpr QLatin1StringView presenceList{"presence.list"};
} // namespace ccr::client::raiseDraft

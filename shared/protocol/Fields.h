#pragma once

#include <QLatin1StringView>

// Envelope keys, spelled once. Method parameters are documented per method in
// docs/protocol.md and spelled in the domain types' toJson/fromJson.
namespace ccr::protocol::fields {

inline constexpr QLatin1StringView kind{"kind"};
inline constexpr QLatin1StringView id{"id"};
inline constexpr QLatin1StringView method{"method"};
inline constexpr QLatin1StringView params{"params"};
inline constexpr QLatin1StringView result{"result"};
inline constexpr QLatin1StringView error{"error"};
inline constexpr QLatin1StringView event{"event"};
inline constexpr QLatin1StringView seq{"seq"};
inline constexpr QLatin1StringView data{"data"};
inline constexpr QLatin1StringView protocol{"protocol"};
inline constexpr QLatin1StringView software{"software"};
inline constexpr QLatin1StringView maxFrameBytes{"maxFrameBytes"};
inline constexpr QLatin1StringView code{"code"};
inline constexpr QLatin1StringView message{"message"};
inline constexpr QLatin1StringView field{"field"};
inline constexpr QLatin1StringView details{"details"};
inline constexpr QLatin1StringView retryAfter{"retryAfter"};

} // namespace ccr::protocol::fields

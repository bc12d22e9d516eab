#pragma once

#include <QtGlobal>

namespace ccr::protocol {

// The version a peer names in its hello. Bump only for changes an older peer
// cannot ignore; new methods, events and optional fields do not need a bump.
inline constexpr int kProtocolVersion = 1;
// The oldest client version this build still serves (see Session::onHello).
inline constexpr int kOldestSupportedVersion = 1;

// One frame: a 4-byte big-endian payload length, then that many bytes of a
// UTF-8 JSON object. The cap is checked as soon as the header is read.
inline constexpr qsizetype kFrameHeaderBytes = 4;
inline constexpr qsizetype kMaxFrameBytes = 1024 * 1024;

} // namespace ccr::protocol

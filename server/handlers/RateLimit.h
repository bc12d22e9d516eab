#pragma once

#include <protocol/Reply.h>

namespace ccr::server {

// The rate_limited reply: how long to wait, never which part was wrong.
protocol::Reply tooManyAttempts(int waitSeconds);

} // namespace ccr::server

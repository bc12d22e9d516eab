#pragma once

#include <domain/User.h>
#include <protocol/Reply.h>

#include <optional>

namespace ccr::server {

// Why an account may not log in, as the user should read it; nullopt when
// it may (active, or pending: a pending agent logs in to a waiting screen).
std::optional<protocol::Reply> loginRefusal(domain::AccountState state);

} // namespace ccr::server

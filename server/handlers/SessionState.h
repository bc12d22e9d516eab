#pragma once

#include <domain/User.h>

#include <QString>

#include <optional>

namespace ccr::server {

// Who is on the other end of one connection. Shared between the connection
// and its running requests, so a request may outlive a dropped connection
// without touching freed memory.
struct SessionState
{
    std::optional<domain::UserProfile> user;
    QString tokenHash;
    QString peerAddress;

    bool authenticated() const { return user.has_value(); }
};

} // namespace ccr::server

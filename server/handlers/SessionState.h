#pragma once

#include <domain/User.h>

#include <QHash>
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
    // message.typing: when this connection's typing was last forwarded, per
    // ticket (ms), so at most one notice per ticket every two seconds goes out.
    QHash<qint64, qint64> typingForwardedAtMs;

    bool authenticated() const { return user.has_value(); }
};

} // namespace ccr::server

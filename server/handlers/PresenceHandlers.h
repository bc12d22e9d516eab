#pragma once

#include "Handler.h"

namespace ccr::server {

// presence.set: an agent says they are online (taking tickets) or away.
// Offline is the server's to say: when their last connection closes.
class PresenceSetHandler final : public Handler
{
public:
    Access access() const override { return Access::Staff; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// presence.list: every active agent with presence, open work and skills.
class PresenceListHandler final : public Handler
{
public:
    Access access() const override { return Access::Staff; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

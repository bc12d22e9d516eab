#pragma once

#include "Handler.h"

namespace ccr::server {

// events.subscribe: starts the pushed event stream after sequence number
// `since`, replaying what the client missed while it was away.
class EventsSubscribeHandler final : public Handler
{
public:
    // Any account: a pending agent hears about its own approval live; the
    // session filters what an inactive account may see (only its own events).
    Access access() const override { return Access::AnyAccount; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

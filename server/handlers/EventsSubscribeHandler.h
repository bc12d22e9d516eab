#pragma once

#include "Handler.h"

namespace ccr::server {

// events.subscribe: starts the pushed event stream after sequence number
// `since`, replaying what the client missed while it was away.
class EventsSubscribeHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

#pragma once

#include "Handler.h"

namespace ccr::server {

// Keep-alive and round-trip probe: answers at once, touches nothing.
class PingHandler final : public Handler
{
public:
    Access access() const override { return Access::Anyone; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

#pragma once

#include "Handler.h"

namespace ccr::server {

// debug.advanceClock: a testing aid. Moves the store's clock forward and
// runs the SLA watcher at once. Only when ccr-server runs with --test-clock;
// otherwise refused (forbidden) and nothing changes.
class DebugAdvanceClockHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

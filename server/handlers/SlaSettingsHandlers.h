#pragma once

#include "Handler.h"

namespace ccr::server {

// settings.sla.get: the first-response and resolution targets per priority.
class SlaSettingsGetHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// settings.sla.set: changes some or all targets; tickets raised (or
// re-prioritised) from then on take their deadlines from the new values.
class SlaSettingsSetHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

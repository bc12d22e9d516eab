#pragma once

#include "Handler.h"

namespace ccr::server {

// auth.resume: binds an existing session token to a new connection (client
// restart, reconnect after a drop).
class AuthResumeHandler final : public Handler
{
public:
    Access access() const override { return Access::Anyone; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

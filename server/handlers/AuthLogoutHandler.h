#pragma once

#include "Handler.h"

namespace ccr::server {

// auth.logout: ends this connection's session for good (the token stops working).
class AuthLogoutHandler final : public Handler
{
public:
    Access access() const override { return Access::AnyAccount; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

#pragma once

#include "Handler.h"

namespace ccr::server {

// auth.login: email and password for every role; answers with a session
// token and the user's profile. Wrong email and wrong password look the same.
class AuthLoginHandler final : public Handler
{
public:
    Access access() const override { return Access::Anyone; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

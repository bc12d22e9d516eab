#pragma once

#include "Handler.h"

namespace ccr::server {

// auth.register: a customer creates an account. Every rule of
// validation::validate(Registration) is enforced here, whatever the client did.
class AuthRegisterHandler final : public Handler
{
public:
    Access access() const override { return Access::Anyone; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

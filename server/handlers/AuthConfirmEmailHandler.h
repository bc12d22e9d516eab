#pragma once

#include "Handler.h"

namespace ccr::server {

// auth.confirmEmail: the logged-in customer enters the code from the
// confirmation mail; until then they cannot raise tickets.
class AuthConfirmEmailHandler final : public Handler
{
public:
    Access access() const override { return Access::AnyAccount; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// auth.resendConfirmation: a new code (the old one stops working), at most
// one a minute.
class AuthResendConfirmationHandler final : public Handler
{
public:
    Access access() const override { return Access::AnyAccount; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

#pragma once

#include "Handler.h"

#include <domain/Role.h>

namespace ccr::server {

// auth.register (customers) and auth.registerAgent (agents, who then wait
// for an admin's approval). Every rule of validation::validate(Registration)
// is enforced here, whatever the client did. A customer gets a confirmation
// code by mail in the same transaction that creates the account.
class AuthRegisterHandler final : public Handler
{
public:
    explicit AuthRegisterHandler(domain::Role role)
        : m_role(role)
    {
    }
    Access access() const override { return Access::Anyone; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;

private:
    domain::Role m_role;
};

} // namespace ccr::server

#pragma once

#include "Handler.h"

namespace ccr::server {

// ticket.createForCustomer: an agent or admin raises a ticket for a caller,
// either an existing customer (customerId) or one created on the spot
// (newCustomer). A new customer's account starts "invited": they get a mail
// with a code and claim it with auth.acceptInvitation, which sets their
// password. The ticket records the agent as the one who raised it.
class TicketCreateForCustomerHandler final : public Handler
{
public:
    Access access() const override { return Access::Staff; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

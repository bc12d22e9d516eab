#pragma once

#include "Handler.h"

namespace ccr::server {

// ticket.create: a customer raises a complaint (subject, description,
// category, the priority they wish for, contact phone and preference). The
// new ticket is pushed as a ticket.created event to its customer and to all
// staff. Shares its creation path with ticket.createForCustomer
// (TicketCreation.h).
class TicketCreateHandler final : public Handler
{
public:
    Access access() const override { return Access::Customer; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

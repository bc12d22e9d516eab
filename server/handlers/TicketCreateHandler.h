#pragma once

#include "Handler.h"

namespace ccr::server {

// ticket.create: a customer raises a complaint. The new ticket is pushed as a
// ticket.created event to its customer and to all staff.
class TicketCreateHandler final : public Handler
{
public:
    Access access() const override { return Access::Customer; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

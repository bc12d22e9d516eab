#pragma once

#include "Handler.h"

namespace ccr::server {

// ticket.list: a page of tickets. Filters (status, priority, assignee, mine,
// category, customer, created range), full-text search, a sort by any column
// and keyset paging with an opaque cursor (TicketListRequest, TicketSearch).
// Customers get only their own; staff get everyone's. The answer names the
// event sequence number it is current to, so the client can subscribe from
// there without a gap.
class TicketListHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

#pragma once

#include "Handler.h"

namespace ccr::server {

// ticket.get: one ticket with its description, its history and the status
// changes the caller may make now.
class TicketGetHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// ticket.setStatus: one step of the lifecycle (domain/TicketLifecycle.h),
// recorded in the history, pushed as ticket.updated, and mailed to the
// customer (resolution always, other changes if they want optional mail).
class TicketSetStatusHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// ticket.assign: an admin gives the ticket to an active agent (an open
// ticket becomes "agent assigned"); the customer is told in the app and by mail.
class TicketAssignHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

#pragma once

#include "Handler.h"

namespace ccr::server {

// ticket.rate: the customer rates the agent on their own resolved ticket
// (1-5 and an optional comment); rating again replaces the rating until the
// ticket is closed. Agent statistics move in the same transaction.
class TicketRateHandler final : public Handler
{
public:
    Access access() const override { return Access::Customer; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// agent.stats: each agent's number of ratings and average score, read from
// the running totals (no scan of the ratings).
class AgentStatsHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

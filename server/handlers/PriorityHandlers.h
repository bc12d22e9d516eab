#pragma once

#include "Handler.h"

namespace ccr::server {

// ticket.setPriority: staff set (or, with the same value, confirm) a
// ticket's priority. A change is recorded in the history, moves the SLA
// deadlines and is pushed as ticket.updated; either way the label teaches
// the severity classifier.
class TicketSetPriorityHandler final : public Handler
{
public:
    Access access() const override { return Access::Staff; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// ticket.suggestPriority: the classifier's suggestion for a subject and
// description, for the client to pre-fill. Changes nothing.
class TicketSuggestPriorityHandler final : public Handler
{
public:
    Access access() const override { return Access::Staff; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

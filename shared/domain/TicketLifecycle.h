#pragma once

#include "Role.h"
#include "TicketStatus.h"

#include <QList>

namespace ccr::domain {

// Who is asking, relative to one ticket.
struct TicketActor
{
    Role role = Role::Customer;
    bool isOwner = false;    // the customer who raised it
    bool isAssignee = false; // the agent it is assigned to
};

// The status changes a person may make by hand (ticket.setStatus). Moving
// Open -> AgentAssigned happens only by assigning an agent. The rules:
//   assignee or admin: AgentAssigned -> InProgress <-> WaitingOnCustomer,
//                      any working state -> Resolved, Resolved -> Closed
//   owner (customer):  Resolved -> Closed (accept), Open -> Closed (withdraw)
//   owner, assignee or admin: Resolved/Closed -> InProgress (reopen; only
//                      when an agent is assigned)
bool canChangeStatus(const TicketActor &actor, TicketStatus from, TicketStatus to, bool hasAssignee);

// Every status a person in that position could move the ticket to now (for
// the client's menus; the server checks canChangeStatus regardless).
QList<TicketStatus> allowedNextStatuses(const TicketActor &actor, TicketStatus from, bool hasAssignee);

} // namespace ccr::domain

#pragma once

#include <domain/TicketStatus.h>

class QSqlDatabase;

namespace ccr::server {

// The SLA columns of one ticket (first_response_due, resolution_due,
// first_responded_at, resolved_at, sla_breached), kept inside the caller's
// transaction. All false only on a store failure. A deadline set or moved
// here also gets its warning moment (first_response_warn_at,
// resolution_warn_at; see SlaWarnings.h), so a new deadline warns anew.

// A new ticket: both deadlines from its priority's targets, counted from
// its creation.
bool setSlaDeadlines(QSqlDatabase &db, qint64 ticketId);

// The priority changed: the first response is due from creation, the
// resolution from creation or the latest reopening, under the new priority's
// targets. A breach flag whose new deadline lies in the future (and whose
// target is still open) is cleared, so it is flagged and notified again if
// the new deadline passes too.
bool recomputeSlaDeadlines(QSqlDatabase &db, qint64 ticketId);

// A status change. Resolved or closed stops the resolution clock
// (resolved_at); reopening clears it and restarts the resolution target from
// now. A change made by staff to anything past "agent assigned" counts as
// the first response (an agent who phoned the customer and moved the ticket
// on has responded); so does the first chat message by staff
// (noteFirstResponse, called by the conversation code).
bool applyStatusToSla(QSqlDatabase &db, qint64 ticketId, domain::TicketStatus from, domain::TicketStatus to,
                      bool byStaff);
bool noteFirstResponse(QSqlDatabase &db, qint64 ticketId);

} // namespace ccr::server

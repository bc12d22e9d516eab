#pragma once

#include <QString>

class QSqlDatabase;

namespace ccr::server {

// What happens to every new ticket inside its creation transaction, right
// after the row is inserted and before it is announced: SLA deadlines from
// its priority, then automatic assignment by the configured policy (history
// and the customer's "agent assigned" mail exactly as ticket.assign leaves
// them). The ticket.created event the caller records afterwards therefore
// already carries the deadlines and the assignee. False on a store failure.
bool applyNewTicketPolicies(QSqlDatabase &db, qint64 ticketId, const QString &mailDomain, bool *mailQueued);

} // namespace ccr::server

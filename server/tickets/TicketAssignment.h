#pragma once

#include <domain/Ticket.h>

#include <QString>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// Gives a ticket to an agent the caller has checked (an active agent): the
// assignee and its history row, an open ticket moves to "agent assigned"
// (history too), and the customer's "agent assigned" mail is queued. The
// caller records the event and commits. actorId 0: the server's automatic
// assignment. Used by ticket.assign and by automatic assignment, so both
// leave exactly the same trail. False on a store failure.
bool assignTicket(QSqlDatabase &db, const domain::TicketSummary &current, qint64 agentId, const QString &agentName,
                  qint64 actorId, const QString &mailDomain, bool *mailQueued);

// The agent the assignment policy picks for a new ticket among online (not
// away), active agents — with the category's skill when skills are used —
// or 0 when the policy is off or nobody qualifies (the ticket stays open for
// an admin). Round robin advances its cursor in the settings table.
// nullopt on a store failure.
std::optional<qint64> chooseAgentFor(QSqlDatabase &db, const domain::TicketSummary &ticket);

// Open tickets an agent holds (anything not resolved or closed).
std::optional<int> openTicketCount(QSqlDatabase &db, qint64 agentId);

} // namespace ccr::server

#include "NewTicketPolicies.h"

#include "SlaDeadlines.h"
#include "TicketAssignment.h"

#include <store/TicketRecords.h>
#include <store/UserRecords.h>

namespace ccr::server {

bool applyNewTicketPolicies(QSqlDatabase &db, qint64 ticketId, const QString &mailDomain, bool *mailQueued)
{
    *mailQueued = false;
    const auto ticket = setSlaDeadlines(db, ticketId) ? loadTicketSummary(db, ticketId) : std::nullopt;
    const auto agentId = ticket ? chooseAgentFor(db, *ticket) : std::nullopt;
    if (!agentId)
        return false;
    if (*agentId == 0)
        return true; // nobody (policy off, nobody online or skilled): it waits for an admin
    const auto agent = loadUserById(db, *agentId);
    return agent && assignTicket(db, *ticket, *agentId, agent->profile.displayName(), 0, mailDomain, mailQueued);
}

} // namespace ccr::server

#include "TicketStatus.h"

namespace ccr::domain {

using namespace Qt::StringLiterals;

QString statusName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Open: return u"open"_s;
    case TicketStatus::AgentAssigned: return u"agent_assigned"_s;
    case TicketStatus::InProgress: return u"in_progress"_s;
    case TicketStatus::WaitingOnCustomer: return u"waiting_on_customer"_s;
    case TicketStatus::Resolved: return u"resolved"_s;
    case TicketStatus::Closed: return u"closed"_s;
    }
    return {};
}

std::optional<TicketStatus> statusFromName(const QString &name)
{
    for (auto status : {TicketStatus::Open, TicketStatus::AgentAssigned, TicketStatus::InProgress,
                        TicketStatus::WaitingOnCustomer, TicketStatus::Resolved, TicketStatus::Closed}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

} // namespace ccr::domain

#include "TicketLifecycle.h"

namespace ccr::domain {

namespace {

bool isWorking(TicketStatus status)
{
    return status == TicketStatus::AgentAssigned || status == TicketStatus::InProgress
           || status == TicketStatus::WaitingOnCustomer;
}

constexpr TicketStatus kAll[] = {TicketStatus::Open,       TicketStatus::AgentAssigned,
                                 TicketStatus::InProgress, TicketStatus::WaitingOnCustomer,
                                 TicketStatus::Resolved,   TicketStatus::Closed};

} // namespace

bool canChangeStatus(const TicketActor &actor, TicketStatus from, TicketStatus to, bool hasAssignee)
{
    if (from == to)
        return false;
    const bool admin = actor.role == Role::Admin;
    const bool worker = admin || (actor.role == Role::Agent && actor.isAssignee);
    const bool owner = actor.role == Role::Customer && actor.isOwner;

    if (to == TicketStatus::AgentAssigned || to == TicketStatus::Open)
        return false; // by assignment only; reopening lands in InProgress
    if (worker) {
        if (from == TicketStatus::AgentAssigned && to == TicketStatus::InProgress)
            return true;
        if (from == TicketStatus::InProgress && to == TicketStatus::WaitingOnCustomer)
            return true;
        if (from == TicketStatus::WaitingOnCustomer && to == TicketStatus::InProgress)
            return true;
        if (isWorking(from) && to == TicketStatus::Resolved)
            return true;
        if (from == TicketStatus::Resolved && to == TicketStatus::Closed)
            return true;
        if (admin && from == TicketStatus::Open && to == TicketStatus::Closed)
            return true; // spam, duplicates
    }
    if (owner) {
        if ((from == TicketStatus::Resolved || from == TicketStatus::Open) && to == TicketStatus::Closed)
            return true;
    }
    // Reopen: the customer was not satisfied, or staff found more to do.
    if ((worker || owner) && (from == TicketStatus::Resolved || from == TicketStatus::Closed)
        && to == TicketStatus::InProgress)
        return hasAssignee;
    return false;
}

QList<TicketStatus> allowedNextStatuses(const TicketActor &actor, TicketStatus from, bool hasAssignee)
{
    QList<TicketStatus> next;
    for (TicketStatus to : kAll) {
        if (canChangeStatus(actor, from, to, hasAssignee))
            next.append(to);
    }
    return next;
}

} // namespace ccr::domain

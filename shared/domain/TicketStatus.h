#pragma once

#include <QString>

#include <optional>

namespace ccr::domain {

// The lifecycle of a complaint (PRODUCT.md): Open -> AgentAssigned ->
// InProgress <-> WaitingOnCustomer -> Resolved -> Closed, with reopen.
enum class TicketStatus
{
    Open,
    AgentAssigned,
    InProgress,
    WaitingOnCustomer,
    Resolved,
    Closed
};

QString statusName(TicketStatus status);
std::optional<TicketStatus> statusFromName(const QString &name);

} // namespace ccr::domain

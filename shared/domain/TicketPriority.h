#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ccr::domain {

// How urgent a complaint is (PRODUCT.md "Priority and SLA"); each priority has
// its own first-response and resolution targets in the server's settings.
enum class TicketPriority
{
    Low,
    Normal,
    High,
    Urgent
};

QString priorityName(TicketPriority priority);
std::optional<TicketPriority> priorityFromName(const QString &name);

// How the customer wants to be reached about a ticket.
inline const QStringList &contactPreferences()
{
    static const QStringList names{QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("chat")};
    return names;
}

// Bits of TicketSummary::slaBreached: each target is flagged (and notified) once.
enum SlaBreach : int
{
    FirstResponseBreached = 1,
    ResolutionBreached = 2
};

} // namespace ccr::domain

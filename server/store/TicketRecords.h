#pragma once

#include <domain/Ticket.h>

#include <QJsonArray>
#include <QList>

#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace ccr::server {

// A new ticket's row, already validated (server/handlers/TicketCreation).
struct NewTicketRow
{
    qint64 customerId = 0;
    qint64 createdById = 0; // 0: the customer raised it; else the agent who raised it for them
    QString subject;
    QString description;
    qint64 categoryId = 0; // 0: none
    domain::TicketPriority priority = domain::TicketPriority::Normal;
    QString contactPhone;
    QString preferredContact = QStringLiteral("email");
};

// Inserts the ticket and its "created" history row (actor: whoever raised it).
std::optional<qint64> insertTicket(QSqlDatabase &db, const NewTicketRow &ticket);
std::optional<domain::TicketSummary> loadTicketSummary(QSqlDatabase &db, qint64 ticketId);

// The SELECT ... FROM ... JOIN part every summary query shares (aliases: t
// tickets, c customer, a assignee, g category), and the reader of its first
// kTicketSummaryColumns columns. Lists (TicketSearch) add their own WHERE.
inline constexpr int kTicketSummaryColumns = 20;
QString ticketSummarySelect(const QString &extraColumns = {});
domain::TicketSummary readTicketSummary(const QSqlQuery &query);

} // namespace ccr::server

namespace ccr::server {

struct TicketChange
{
    qint64 actorId = 0; // 0: the server itself (stored as NULL)
    QString kind;       // created, status, assignee, priority, category, sla, ... (CHECK in schema v6)
    QString from;
    QString to;
};

// The description and the history: what opening one ticket shows.
struct TicketDetail
{
    domain::TicketSummary summary;
    QString description;
    QJsonArray history; // oldest first: at, actorId, actorName, kind, from, to
};

std::optional<TicketDetail> loadTicketDetail(QSqlDatabase &db, qint64 ticketId);
bool recordTicketChange(QSqlDatabase &db, qint64 ticketId, const TicketChange &change);
bool updateTicketStatus(QSqlDatabase &db, qint64 ticketId, domain::TicketStatus status);
bool updateTicketAssignee(QSqlDatabase &db, qint64 ticketId, qint64 assigneeId);

} // namespace ccr::server

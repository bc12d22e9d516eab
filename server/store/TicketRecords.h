#pragma once

#include <domain/Ticket.h>

#include <QJsonArray>
#include <QList>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

struct TicketListQuery
{
    qint64 customerId = 0; // 0: every customer's tickets (staff)
    qint64 beforeId = 0;   // 0: from the newest; else tickets with a smaller id
    int limit = 50;
};

std::optional<qint64> insertTicket(QSqlDatabase &db, qint64 customerId, const QString &subject,
                                   const QString &description);
std::optional<domain::TicketSummary> loadTicketSummary(QSqlDatabase &db, qint64 ticketId);
// Newest first; nullopt when the query failed.
std::optional<QList<domain::TicketSummary>> listTickets(QSqlDatabase &db, const TicketListQuery &query);

} // namespace ccr::server

namespace ccr::server {

struct TicketChange
{
    qint64 actorId = 0;
    QString kind; // created, status, assignee
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

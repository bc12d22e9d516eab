#pragma once

#include <domain/Ticket.h>

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

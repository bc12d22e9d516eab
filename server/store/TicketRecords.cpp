#include "TicketRecords.h"

#include "Sql.h"

#include <QSqlDatabase>
#include <QVariant>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

const QString kSelectSummary =
    u"SELECT t.id, t.subject, t.status, t.customer_id, c.first_name || ' ' || c.last_name, "
    "COALESCE(t.assignee_id, 0), COALESCE(a.first_name || ' ' || a.last_name, ''), t.created_at, t.updated_at "
    "FROM tickets t JOIN users c ON c.id = t.customer_id LEFT JOIN users a ON a.id = t.assignee_id "_s;

domain::TicketSummary readSummary(const QSqlQuery &query)
{
    domain::TicketSummary ticket;
    ticket.id = query.value(0).toLongLong();
    ticket.subject = query.value(1).toString();
    ticket.status = domain::statusFromName(query.value(2).toString()).value_or(domain::TicketStatus::Open);
    ticket.customerId = query.value(3).toLongLong();
    ticket.customerName = query.value(4).toString();
    ticket.assigneeId = query.value(5).toLongLong();
    ticket.assigneeName = query.value(6).toString();
    ticket.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
    ticket.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
    return ticket;
}

} // namespace

std::optional<qint64> insertTicket(QSqlDatabase &db, qint64 customerId, const QString &subject,
                                   const QString &description)
{
    const qint64 now = nowMs();
    QSqlQuery insert = prepare(db, u"INSERT INTO tickets (customer_id, subject, description, status, created_at, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(customerId);
    insert.addBindValue(subject);
    insert.addBindValue(description);
    insert.addBindValue(domain::statusName(domain::TicketStatus::Open));
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!exec(insert))
        return std::nullopt;
    return insert.lastInsertId().toLongLong();
}

std::optional<domain::TicketSummary> loadTicketSummary(QSqlDatabase &db, qint64 ticketId)
{
    QSqlQuery query = prepare(db, kSelectSummary + u"WHERE t.id = ?"_s);
    query.addBindValue(ticketId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return readSummary(query);
}

std::optional<QList<domain::TicketSummary>> listTickets(QSqlDatabase &db, const TicketListQuery &request)
{
    QString sql = kSelectSummary + u"WHERE 1 = 1 "_s;
    if (request.customerId > 0)
        sql += u"AND t.customer_id = :customer "_s;
    if (request.beforeId > 0)
        sql += u"AND t.id < :before "_s;
    sql += u"ORDER BY t.id DESC LIMIT :limit"_s;
    QSqlQuery query = prepare(db, sql);
    if (request.customerId > 0)
        query.bindValue(u":customer"_s, request.customerId);
    if (request.beforeId > 0)
        query.bindValue(u":before"_s, request.beforeId);
    query.bindValue(u":limit"_s, request.limit);
    if (!exec(query))
        return std::nullopt;
    QList<domain::TicketSummary> tickets;
    while (query.next())
        tickets.append(readSummary(query));
    return tickets;
}

} // namespace ccr::server

#include "TicketRecords.h"

#include "Sql.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariant>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

QDateTime optionalTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

domain::TicketSummary readTicketSummary(const QSqlQuery &query)
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
    ticket.categoryId = query.value(9).toLongLong();
    ticket.categoryName = query.value(10).toString();
    ticket.priority = domain::priorityFromName(query.value(11).toString()).value_or(domain::TicketPriority::Normal);
    ticket.contactPhone = query.value(12).toString();
    ticket.preferredContact = query.value(13).toString();
    ticket.createdById = query.value(14).toLongLong();
    ticket.firstResponseDue = optionalTime(query.value(15));
    ticket.resolutionDue = optionalTime(query.value(16));
    ticket.firstRespondedAt = optionalTime(query.value(17));
    ticket.resolvedAt = optionalTime(query.value(18));
    ticket.slaBreached = query.value(19).toInt();
    return ticket;
}

QString ticketSummarySelect(const QString &extraColumns)
{
    return u"SELECT t.id, t.subject, t.status, t.customer_id, c.first_name || ' ' || c.last_name, "
           "COALESCE(t.assignee_id, 0), COALESCE(a.first_name || ' ' || a.last_name, ''), t.created_at, "
           "t.updated_at, COALESCE(t.category_id, 0), COALESCE(g.name, ''), t.priority, t.contact_phone, "
           "t.preferred_contact, COALESCE(t.created_by, 0), t.first_response_due, t.resolution_due, "
           "t.first_responded_at, t.resolved_at, t.sla_breached"_s
           + extraColumns
           + u" FROM tickets t JOIN users c ON c.id = t.customer_id LEFT JOIN users a ON a.id = t.assignee_id "
             "LEFT JOIN categories g ON g.id = t.category_id "_s;
}

std::optional<qint64> insertTicket(QSqlDatabase &db, const NewTicketRow &ticket)
{
    const qint64 now = nowMs();
    QSqlQuery insert = prepare(db, u"INSERT INTO tickets (customer_id, subject, description, status, created_at, "
                                   "updated_at, category_id, priority, contact_phone, preferred_contact, created_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariant noId(QMetaType(QMetaType::LongLong));
    insert.addBindValue(ticket.customerId);
    insert.addBindValue(ticket.subject);
    insert.addBindValue(ticket.description);
    insert.addBindValue(domain::statusName(domain::TicketStatus::Open));
    insert.addBindValue(now);
    insert.addBindValue(now);
    insert.addBindValue(ticket.categoryId > 0 ? QVariant(ticket.categoryId) : noId);
    insert.addBindValue(domain::priorityName(ticket.priority));
    insert.addBindValue(ticket.contactPhone.isNull() ? u""_s : ticket.contactPhone);
    insert.addBindValue(ticket.preferredContact);
    insert.addBindValue(ticket.createdById > 0 ? QVariant(ticket.createdById) : noId);
    if (!exec(insert))
        return std::nullopt;
    const qint64 id = insert.lastInsertId().toLongLong();
    const qint64 actor = ticket.createdById > 0 ? ticket.createdById : ticket.customerId;
    if (!recordTicketChange(db, id, {actor, u"created"_s, QString(), domain::statusName(domain::TicketStatus::Open)}))
        return std::nullopt;
    return id;
}

bool recordTicketChange(QSqlDatabase &db, qint64 ticketId, const TicketChange &change)
{
    QSqlQuery insert = prepare(db, u"INSERT INTO ticket_history (ticket_id, actor_id, at, kind, from_value, "
                                   "to_value) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(ticketId);
    // 0: the server itself (automatic assignment, a breached SLA target).
    insert.addBindValue(change.actorId > 0 ? QVariant(change.actorId) : QVariant(QMetaType(QMetaType::LongLong)));
    insert.addBindValue(nowMs());
    insert.addBindValue(change.kind);
    insert.addBindValue(change.from.isNull() ? u""_s : change.from);
    insert.addBindValue(change.to.isNull() ? u""_s : change.to);
    return exec(insert);
}

bool updateTicketStatus(QSqlDatabase &db, qint64 ticketId, domain::TicketStatus status)
{
    QSqlQuery update = prepare(db, u"UPDATE tickets SET status = ?, updated_at = ? WHERE id = ?"_s);
    update.addBindValue(domain::statusName(status));
    update.addBindValue(nowMs());
    update.addBindValue(ticketId);
    return exec(update) && update.numRowsAffected() == 1;
}

bool updateTicketAssignee(QSqlDatabase &db, qint64 ticketId, qint64 assigneeId)
{
    QSqlQuery update = prepare(db, u"UPDATE tickets SET assignee_id = ?, updated_at = ? WHERE id = ?"_s);
    update.addBindValue(assigneeId > 0 ? QVariant(assigneeId) : QVariant(QMetaType(QMetaType::LongLong)));
    update.addBindValue(nowMs());
    update.addBindValue(ticketId);
    return exec(update) && update.numRowsAffected() == 1;
}

std::optional<TicketDetail> loadTicketDetail(QSqlDatabase &db, qint64 ticketId)
{
    auto summary = loadTicketSummary(db, ticketId);
    if (!summary)
        return std::nullopt;
    TicketDetail detail;
    detail.summary = *summary;
    QSqlQuery description = prepare(db, u"SELECT description FROM tickets WHERE id = ?"_s);
    description.addBindValue(ticketId);
    if (!exec(description) || !description.next())
        return std::nullopt;
    detail.description = description.value(0).toString();
    QSqlQuery history = prepare(db, u"SELECT h.at, COALESCE(h.actor_id, 0), COALESCE(u.first_name || ' ' || "
                                    "u.last_name, ''), h.kind, h.from_value, h.to_value FROM ticket_history h "
                                    "LEFT JOIN users u ON u.id = h.actor_id WHERE h.ticket_id = ? ORDER BY h.id"_s);
    history.addBindValue(ticketId);
    if (!exec(history))
        return std::nullopt;
    while (history.next()) {
        detail.history.append(QJsonObject{
            {u"at"_s,
             QDateTime::fromMSecsSinceEpoch(history.value(0).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs)},
            {u"actorId"_s, history.value(1).toLongLong()},
            {u"actorName"_s, history.value(2).toString()},
            {u"kind"_s, history.value(3).toString()},
            {u"from"_s, history.value(4).toString()},
            {u"to"_s, history.value(5).toString()}});
    }
    return detail;
}

std::optional<domain::TicketSummary> loadTicketSummary(QSqlDatabase &db, qint64 ticketId)
{
    QSqlQuery query = prepare(db, ticketSummarySelect() + u"WHERE t.id = ?"_s);
    query.addBindValue(ticketId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return readTicketSummary(query);
}

} // namespace ccr::server

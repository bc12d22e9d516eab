#include "Ticket.h"

namespace ccr::domain {

using namespace Qt::StringLiterals;

QJsonObject TicketSummary::toJson() const
{
    return {{u"id"_s, id},
            {u"subject"_s, subject},
            {u"status"_s, statusName(status)},
            {u"customerId"_s, customerId},
            {u"customerName"_s, customerName},
            {u"assigneeId"_s, assigneeId},
            {u"assigneeName"_s, assigneeName},
            {u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"updatedAt"_s, updatedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

TicketSummary TicketSummary::fromJson(const QJsonObject &json)
{
    TicketSummary ticket;
    ticket.id = json.value(u"id"_s).toInteger();
    ticket.subject = json.value(u"subject"_s).toString();
    ticket.status = statusFromName(json.value(u"status"_s).toString()).value_or(TicketStatus::Open);
    ticket.customerId = json.value(u"customerId"_s).toInteger();
    ticket.customerName = json.value(u"customerName"_s).toString();
    ticket.assigneeId = json.value(u"assigneeId"_s).toInteger();
    ticket.assigneeName = json.value(u"assigneeName"_s).toString();
    ticket.createdAt = QDateTime::fromString(json.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    ticket.updatedAt = QDateTime::fromString(json.value(u"updatedAt"_s).toString(), Qt::ISODateWithMs);
    return ticket;
}

} // namespace ccr::domain

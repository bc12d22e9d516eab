#include "Ticket.h"

namespace ccr::domain {

using namespace Qt::StringLiterals;

namespace {

void putTime(QJsonObject &json, const QString &key, const QDateTime &time)
{
    if (time.isValid())
        json.insert(key, time.toUTC().toString(Qt::ISODateWithMs));
}

QDateTime takeTime(const QJsonObject &json, const QString &key)
{
    const QString text = json.value(key).toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

QJsonObject TicketSummary::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"subject"_s, subject},
                     {u"status"_s, statusName(status)},
                     {u"customerId"_s, customerId},
                     {u"customerName"_s, customerName},
                     {u"assigneeId"_s, assigneeId},
                     {u"assigneeName"_s, assigneeName},
                     {u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODateWithMs)},
                     {u"updatedAt"_s, updatedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {u"categoryId"_s, categoryId},
                     {u"categoryName"_s, categoryName},
                     {u"priority"_s, priorityName(priority)},
                     {u"contactPhone"_s, contactPhone},
                     {u"preferredContact"_s, preferredContact},
                     {u"createdById"_s, createdById},
                     {u"slaBreached"_s, slaBreached}};
    putTime(json, u"firstResponseDue"_s, firstResponseDue);
    putTime(json, u"resolutionDue"_s, resolutionDue);
    putTime(json, u"firstRespondedAt"_s, firstRespondedAt);
    putTime(json, u"resolvedAt"_s, resolvedAt);
    return json;
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
    ticket.categoryId = json.value(u"categoryId"_s).toInteger();
    ticket.categoryName = json.value(u"categoryName"_s).toString();
    ticket.priority = priorityFromName(json.value(u"priority"_s).toString()).value_or(TicketPriority::Normal);
    ticket.contactPhone = json.value(u"contactPhone"_s).toString();
    ticket.preferredContact = json.value(u"preferredContact"_s).toString(u"email"_s);
    ticket.createdById = json.value(u"createdById"_s).toInteger();
    ticket.firstResponseDue = takeTime(json, u"firstResponseDue"_s);
    ticket.resolutionDue = takeTime(json, u"resolutionDue"_s);
    ticket.firstRespondedAt = takeTime(json, u"firstRespondedAt"_s);
    ticket.resolvedAt = takeTime(json, u"resolvedAt"_s);
    ticket.slaBreached = json.value(u"slaBreached"_s).toInt();
    return ticket;
}

} // namespace ccr::domain

#include "TicketWords.h"

#include "models/TicketListModel.h"

#include <QLocale>

namespace ccr::client {

using namespace Qt::StringLiterals;
using domain::TicketPriority;
using domain::TicketStatus;

QString TicketWords::priority(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Low: return tr("Low");
    case TicketPriority::Normal: return tr("Normal");
    case TicketPriority::High: return tr("High");
    case TicketPriority::Urgent: return tr("Urgent");
    }
    return {};
}

QString TicketWords::priority(const QString &wireName)
{
    const auto value = domain::priorityFromName(wireName);
    return value ? priority(*value) : wireName;
}

QString TicketWords::status(const QString &wireName)
{
    const auto value = domain::statusFromName(wireName);
    return value ? TicketListModel::statusText(*value) : wireName;
}

QString TicketWords::contact(const QString &preferredContact)
{
    if (preferredContact == u"phone"_s)
        return tr("Phone");
    if (preferredContact == u"chat"_s)
        return tr("Chat");
    return tr("Email");
}

QString TicketWords::presence(const QString &state)
{
    if (state == u"online"_s)
        return tr("Online");
    if (state == u"away"_s)
        return tr("Away");
    if (state == u"offline"_s)
        return tr("Offline");
    return tr("Presence unknown");
}

QString TicketWords::historyEntry(const QJsonObject &entry)
{
    const QString kind = entry.value(u"kind"_s).toString();
    const QString from = entry.value(u"from"_s).toString();
    const QString to = entry.value(u"to"_s).toString();
    // actorId 0: the server itself (automatic assignment, the SLA watcher).
    const bool bySystem = entry.value(u"actorId"_s).toInteger() == 0;
    const QString who = bySystem ? tr("The system") : entry.value(u"actorName"_s).toString();
    if (kind == u"sla"_s)
        return to == u"first_response"_s ? tr("The first-response target was breached")
                                         : tr("The resolution target was breached");
    if (kind == u"assignee"_s && bySystem)
        return tr("The ticket was assigned automatically to %1").arg(to);
    if (kind == u"created"_s)
        return tr("%1 raised the ticket").arg(who);
    if (kind == u"status"_s)
        return tr("%1 changed the status from %2 to %3").arg(who, status(from), status(to));
    if (kind == u"assignee"_s) {
        if (from.isEmpty())
            return tr("%1 assigned the ticket to %2").arg(who, to);
        return tr("%1 reassigned the ticket from %2 to %3").arg(who, from, to);
    }
    if (kind == u"priority"_s)
        return tr("%1 changed the priority from %2 to %3").arg(who, priority(from), priority(to));
    if (kind == u"category"_s)
        return tr("%1 changed the category from %2 to %3")
            .arg(who, from.isEmpty() ? tr("none") : from, to.isEmpty() ? tr("none") : to);
    // A kind this client does not know yet still says who changed what.
    return tr("%1 changed %2 from “%3” to “%4”").arg(who, kind, from, to);
}

QString TicketWords::statusAction(TicketStatus from, TicketStatus to, bool customerAsks)
{
    const bool reopening = from == TicketStatus::Resolved || from == TicketStatus::Closed;
    switch (to) {
    case TicketStatus::InProgress:
        if (reopening)
            return tr("Reopen");
        return from == TicketStatus::WaitingOnCustomer ? tr("Resume work") : tr("Start work");
    case TicketStatus::WaitingOnCustomer: return tr("Wait for customer");
    case TicketStatus::Resolved: return tr("Mark resolved");
    case TicketStatus::Closed:
        if (customerAsks)
            return from == TicketStatus::Resolved ? tr("Accept and close") : tr("Withdraw ticket");
        return tr("Close");
    case TicketStatus::Open: return tr("Reopen");
    case TicketStatus::AgentAssigned: return tr("Back to assigned");
    }
    return {};
}

QString TicketWords::duration(qint64 seconds)
{
    seconds = qAbs(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 s").arg(seconds);
}

QString TicketWords::slaTarget(const QDateTime &due, const QDateTime &metAt, bool breached, const QDateTime &now)
{
    if (breached)
        return metAt.isValid() ? tr("Breached — was due %1, met %2").arg(dateTime(due), dateTime(metAt))
                               : tr("Breached — was due %1").arg(dateTime(due));
    if (metAt.isValid())
        return tr("Met %1").arg(dateTime(metAt));
    if (!due.isValid())
        return tr("No target");
    const qint64 left = now.secsTo(due);
    if (left < 0)
        return tr("Due %1 — overdue by %2").arg(dateTime(due), duration(left));
    return tr("Due %1 — %2 left").arg(dateTime(due), duration(left));
}

QString TicketWords::dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace ccr::client

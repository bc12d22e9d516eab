#include "TicketQuery.h"

#include <QJsonArray>
#include <QTimeZone>

namespace ccr::client {

using namespace Qt::StringLiterals;
using domain::TicketSummary;

namespace {

// Negative, zero or positive like strcmp; as on the server, a missing
// deadline sorts after every real one.
int compareTimes(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid() || !b.isValid())
        return int(b.isValid()) - int(a.isValid());
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareText(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive);
}

template <typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareBy(TicketQuery::SortKey key, const TicketSummary &a, const TicketSummary &b)
{
    using Key = TicketQuery::SortKey;
    switch (key) {
    case Key::Id: return 0;
    case Key::Subject: return compareText(a.subject, b.subject);
    case Key::Status: return compareValues(int(a.status), int(b.status));
    case Key::Priority: return compareValues(int(a.priority), int(b.priority));
    case Key::Customer: return compareText(a.customerName, b.customerName);
    case Key::Assignee: return compareText(a.assigneeName, b.assigneeName);
    case Key::Category: return compareText(a.categoryName, b.categoryName);
    case Key::Created: return compareTimes(a.createdAt, b.createdAt);
    case Key::Updated: return compareTimes(a.updatedAt, b.updatedAt);
    case Key::ResolutionDue: return compareTimes(a.resolutionDue, b.resolutionDue);
    }
    return 0;
}

QDateTime startOfLocalDay(const QDate &date)
{
    return date.startOfDay(QTimeZone::systemTimeZone()).toUTC();
}

// createdTo is exclusive on the server: the first moment of the next day.
QDateTime afterLocalDay(const QDate &date)
{
    return startOfLocalDay(date.addDays(1));
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString TicketQuery::sortKeyName(SortKey key)
{
    switch (key) {
    case SortKey::Id: return u"id"_s;
    case SortKey::Subject: return u"subject"_s;
    case SortKey::Status: return u"status"_s;
    case SortKey::Priority: return u"priority"_s;
    case SortKey::Customer: return u"customer"_s;
    case SortKey::Assignee: return u"assignee"_s;
    case SortKey::Category: return u"category"_s;
    case SortKey::Created: return u"created"_s;
    case SortKey::Updated: return u"updated"_s;
    case SortKey::ResolutionDue: return u"resolutionDue"_s;
    }
    return u"created"_s;
}

bool TicketQuery::descendingByDefault(SortKey key)
{
    switch (key) {
    case SortKey::Id:
    case SortKey::Priority:
    case SortKey::Created:
    case SortKey::Updated: return true;
    default: return false;
    }
}

QJsonObject TicketQuery::toParams() const
{
    QJsonObject params;
    if (!statuses.isEmpty()) {
        QJsonArray names;
        for (auto status : statuses)
            names.append(domain::statusName(status));
        params.insert(u"status"_s, names);
    }
    if (!priorities.isEmpty()) {
        QJsonArray names;
        for (auto priority : priorities)
            names.append(domain::priorityName(priority));
        params.insert(u"priority"_s, names);
    }
    switch (assignee) {
    case Assignee::Anyone: break;
    case Assignee::Unassigned: params.insert(u"assigneeId"_s, 0); break;
    case Assignee::Mine: params.insert(u"mine"_s, true); break;
    case Assignee::Agent: params.insert(u"assigneeId"_s, agentId); break;
    }
    if (categoryId > 0)
        params.insert(u"categoryId"_s, categoryId);
    if (createdFrom.isValid())
        params.insert(u"createdFrom"_s, isoUtc(startOfLocalDay(createdFrom)));
    if (createdTo.isValid())
        params.insert(u"createdTo"_s, isoUtc(afterLocalDay(createdTo)));
    if (!search.trimmed().isEmpty())
        params.insert(u"search"_s, search.trimmed());
    params.insert(u"sort"_s, QJsonObject{{u"column"_s, sortKeyName(sortKey)}, {u"descending"_s, descending}});
    return params;
}

bool TicketQuery::matches(const TicketSummary &ticket, qint64 currentUserId) const
{
    if (!statuses.isEmpty() && !statuses.contains(ticket.status))
        return false;
    if (!priorities.isEmpty() && !priorities.contains(ticket.priority))
        return false;
    switch (assignee) {
    case Assignee::Anyone: break;
    case Assignee::Unassigned:
        if (ticket.assigneeId != 0)
            return false;
        break;
    case Assignee::Mine:
        if (ticket.assigneeId == 0 || ticket.assigneeId != currentUserId)
            return false;
        break;
    case Assignee::Agent:
        if (ticket.assigneeId != agentId)
            return false;
        break;
    }
    if (categoryId > 0 && ticket.categoryId != categoryId)
        return false;
    if (createdFrom.isValid() && ticket.createdAt < startOfLocalDay(createdFrom))
        return false;
    if (createdTo.isValid() && ticket.createdAt >= afterLocalDay(createdTo))
        return false;
    const auto words = search.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!ticket.subject.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool TicketQuery::before(const TicketSummary &a, const TicketSummary &b) const
{
    int order = compareBy(sortKey, a, b);
    if (order == 0)
        order = compareValues(a.id, b.id);
    return descending ? order > 0 : order < 0;
}

} // namespace ccr::client

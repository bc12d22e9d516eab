#include "PriorityLabels.h"

#include <store/Sql.h>

#include <QVariant>

namespace ccr::server {

using namespace Qt::StringLiterals;

std::optional<QList<LabelledText>> recentLabelledTexts(QSqlDatabase &db, int limit)
{
    QSqlQuery query = prepare(db, u"SELECT t.subject, t.description, l.priority FROM priority_labels l "
                                  "JOIN tickets t ON t.id = l.ticket_id ORDER BY l.labelled_at DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!exec(query))
        return std::nullopt;
    QList<LabelledText> examples;
    while (query.next()) {
        if (const auto priority = domain::priorityFromName(query.value(2).toString()))
            examples.append({query.value(0).toString(), query.value(1).toString(), *priority});
    }
    return examples;
}

std::optional<LabelChange> labelPriority(QSqlDatabase &db, qint64 ticketId, domain::TicketPriority priority,
                                         qint64 staffId)
{
    QSqlQuery read = prepare(db, u"SELECT t.subject, t.description, l.priority FROM tickets t "
                                 "LEFT JOIN priority_labels l ON l.ticket_id = t.id WHERE t.id = ?"_s);
    read.addBindValue(ticketId);
    if (!exec(read) || !read.next())
        return std::nullopt;
    LabelChange change{{read.value(0).toString(), read.value(1).toString(), priority},
                       domain::priorityFromName(read.value(2).toString())};
    QSqlQuery upsert = prepare(db, u"INSERT INTO priority_labels (ticket_id, priority, labelled_by, labelled_at) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET "
                                   "priority = excluded.priority, labelled_by = excluded.labelled_by, "
                                   "labelled_at = excluded.labelled_at"_s);
    upsert.addBindValue(ticketId);
    upsert.addBindValue(domain::priorityName(priority));
    upsert.addBindValue(staffId);
    upsert.addBindValue(nowMs());
    if (!exec(upsert))
        return std::nullopt;
    return change;
}

} // namespace ccr::server

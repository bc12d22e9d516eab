#include "TicketSearch.h"

#include "Sql.h"
#include "TicketRecords.h"

#include <QSqlDatabase>

namespace ccr::server {

using namespace Qt::StringLiterals;

namespace {

struct SortColumn
{
    TicketSortColumn column;
    QString name;
    // Never NULL, so (value, id) comparisons are total: missing names sort
    // as '', a missing deadline after every real one.
    QString expression;
    bool number;
};

const QList<SortColumn> &sortColumns()
{
    static const QList<SortColumn> columns = {
        {TicketSortColumn::Id, u"id"_s, u"t.id"_s, true},
        {TicketSortColumn::Subject, u"subject"_s, u"t.subject COLLATE NOCASE"_s, false},
        {TicketSortColumn::Status, u"status"_s,
         u"CASE t.status WHEN 'open' THEN 0 WHEN 'agent_assigned' THEN 1 WHEN 'in_progress' THEN 2 "
         "WHEN 'waiting_on_customer' THEN 3 WHEN 'resolved' THEN 4 ELSE 5 END"_s,
         true},
        {TicketSortColumn::Priority, u"priority"_s,
         u"CASE t.priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 ELSE 3 END"_s, true},
        {TicketSortColumn::Customer, u"customer"_s, u"(c.first_name || ' ' || c.last_name) COLLATE NOCASE"_s, false},
        {TicketSortColumn::Assignee, u"assignee"_s,
         u"COALESCE(a.first_name || ' ' || a.last_name, '') COLLATE NOCASE"_s, false},
        {TicketSortColumn::Category, u"category"_s, u"COALESCE(g.name, '') COLLATE NOCASE"_s, false},
        {TicketSortColumn::Created, u"created"_s, u"t.created_at"_s, true},
        {TicketSortColumn::Updated, u"updated"_s, u"t.updated_at"_s, true},
        // 2^53 - 1: above any real deadline in ms, and exact in a JSON cursor.
        {TicketSortColumn::ResolutionDue, u"resolutionDue"_s, u"COALESCE(t.resolution_due, 9007199254740991)"_s, true},
    };
    return columns;
}

const SortColumn &sortColumn(TicketSortColumn column)
{
    return sortColumns().at(int(column));
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

} // namespace

QString sortColumnName(TicketSortColumn column)
{
    return sortColumn(column).name;
}

std::optional<TicketSortColumn> sortColumnFromName(const QString &name)
{
    for (const auto &column : sortColumns()) {
        if (column.name == name)
            return column.column;
    }
    return std::nullopt;
}

bool sortValueIsNumber(TicketSortColumn column)
{
    return sortColumn(column).number;
}

std::optional<TicketPage> listTickets(QSqlDatabase &db, const TicketListQuery &request)
{
    const SortColumn &sort = sortColumn(request.sort);
    QStringList where;
    QVariantList binds;
    if (request.customerId > 0) {
        where << u"t.customer_id = ?"_s;
        binds << request.customerId;
    }
    if (!request.statuses.isEmpty()) {
        where << u"t.status IN (%1)"_s.arg(placeholders(request.statuses.size()));
        for (const auto &status : request.statuses)
            binds << status;
    }
    if (!request.priorities.isEmpty()) {
        where << u"t.priority IN (%1)"_s.arg(placeholders(request.priorities.size()));
        for (const auto &priority : request.priorities)
            binds << priority;
    }
    if (request.assigneeId) {
        if (*request.assigneeId == 0) {
            where << u"t.assignee_id IS NULL"_s;
        } else {
            where << u"t.assignee_id = ?"_s;
            binds << *request.assigneeId;
        }
    }
    if (request.categoryId > 0) {
        where << u"t.category_id = ?"_s;
        binds << request.categoryId;
    }
    if (request.createdFromMs) {
        where << u"t.created_at >= ?"_s;
        binds << *request.createdFromMs;
    }
    if (request.createdToMs) {
        where << u"t.created_at < ?"_s;
        binds << *request.createdToMs;
    }
    if (!request.ftsExpression.isEmpty()) {
        // Subject and description, plus the ticket's messages: chat for
        // everyone, internal notes only when staff ask. The FTS tables are
        // kept by triggers in the writing transaction, so they never drift.
        where << u"t.id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ? "
                 "UNION SELECT m.ticket_id FROM messages_fts f JOIN messages m ON m.id = f.rowid "
                 "WHERE messages_fts MATCH ? AND m.kind IN (%1))"_s.arg(request.searchNotes ? u"'chat', 'note'"_s
                                                                                            : u"'chat'"_s);
        binds << request.ftsExpression << request.ftsExpression;
    }
    const QString direction = request.descending ? u"DESC"_s : u"ASC"_s;
    if (request.after) {
        const QString comparison = request.descending ? u"<"_s : u">"_s;
        if (request.sort == TicketSortColumn::Id) {
            where << u"t.id %1 ?"_s.arg(comparison);
            binds << request.after->id;
        } else {
            where << u"(%1, t.id) %2 (?, ?)"_s.arg(sort.expression, comparison);
            binds << request.after->value << request.after->id;
        }
    }

    QString sql = ticketSummarySelect(u", "_s + sort.expression);
    if (!where.isEmpty())
        sql += u"WHERE "_s + where.join(u" AND "_s) + u' ';
    sql += request.sort == TicketSortColumn::Id ? u"ORDER BY t.id %1 "_s.arg(direction)
                                                : u"ORDER BY %1 %2, t.id %2 "_s.arg(sort.expression, direction);
    sql += u"LIMIT ?"_s;
    binds << request.limit + 1; // one more than asked: whether a next page exists

    QSqlQuery query = prepare(db, sql);
    for (const auto &value : std::as_const(binds))
        query.addBindValue(value);
    if (!exec(query))
        return std::nullopt;
    TicketPage page;
    QVariant lastValue;
    while (query.next()) {
        if (page.tickets.size() == request.limit) {
            page.next = TicketCursor{lastValue, page.tickets.last().id};
            break;
        }
        page.tickets.append(readTicketSummary(query));
        lastValue = query.value(kTicketSummaryColumns);
    }
    return page;
}

} // namespace ccr::server

#include "TicketSearch.h"

#include "Sql.h"
#include "TicketRecords.h"

#include <QSqlDatabase>

#include <algorithm>

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

struct Row
{
    domain::TicketSummary ticket;
    QVariant sortValue;
};

bool readRows(QSqlDatabase &db, const QString &sql, const QVariantList &binds, QList<Row> *rows)
{
    QSqlQuery query = prepare(db, sql);
    for (const auto &value : binds)
        query.addBindValue(value);
    if (!exec(query))
        return false;
    while (query.next())
        rows->append({readTicketSummary(query), query.value(kTicketSummaryColumns)});
    return true;
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
    // Sorted by an indexed column (id, updated, created), a page is fastest
    // read in index order, stopping after `limit` matches: status, priority
    // and category match a large share of a million tickets each, and using
    // their indexes instead means sorting every match (0.7 s against 1 ms
    // at a million). The unary + keeps SQLite from choosing those indexes;
    // customer and assignee stay indexable (few rows each).
    const bool inIndexOrder = request.sort == TicketSortColumn::Id || request.sort == TicketSortColumn::Updated
                              || request.sort == TicketSortColumn::Created;
    const QString broad = inIndexOrder ? u"+"_s : QString();
    QStringList where;
    QVariantList binds;
    if (request.customerId > 0) {
        where << u"t.customer_id = ?"_s;
        binds << request.customerId;
    }
    if (!request.statuses.isEmpty()) {
        where << u"%1t.status IN (%2)"_s.arg(broad, placeholders(request.statuses.size()));
        for (const auto &status : request.statuses)
            binds << status;
    }
    if (!request.priorities.isEmpty()) {
        where << u"%1t.priority IN (%2)"_s.arg(broad, placeholders(request.priorities.size()));
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
        where << broad + u"t.category_id = ?"_s;
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
    // Subject and description, plus the ticket's messages: chat for
    // everyone, internal notes only when staff ask. The FTS tables are kept
    // by triggers in the writing transaction, so they never drift.
    const QString messageHits =
        u"SELECT m.ticket_id FROM messages_fts f JOIN messages m ON m.id = f.rowid "
        "WHERE messages_fts MATCH ? AND m.kind IN (%1)"_s.arg(request.searchNotes ? u"'chat', 'note'"_s : u"'chat'"_s);
    const QString direction = request.descending ? u"DESC"_s : u"ASC"_s;
    const QString comparison = request.descending ? u"<"_s : u">"_s;
    const QString filters = where.isEmpty() ? QString() : u" AND "_s + where.join(u" AND "_s);
    QList<Row> rows;

    // Newest (or oldest) first with a search over everyone's tickets: read
    // the ticket text hits in id order straight off the FTS index and stop
    // after a page, instead of collecting every hit of a common word first.
    // Message hits are collected (there are fewer), then the two merged.
    // With a customer or an assignee the few tickets are the better driver:
    // the hit set is built once and each of their tickets looked up in it.
    const bool streamTextHits = !request.ftsExpression.isEmpty() && request.sort == TicketSortColumn::Id
                                && request.customerId == 0 && !request.assigneeId;
    if (streamTextHits) {
        QVariantList textBinds{request.ftsExpression};
        textBinds << binds;
        QString text = ticketSummarySelect(u", t.id"_s)
                       + u"JOIN tickets_fts s ON s.rowid = t.id WHERE tickets_fts MATCH ?"_s + filters;
        QVariantList messageBinds{request.ftsExpression};
        messageBinds << binds;
        QString messages = ticketSummarySelect(u", t.id"_s) + u"WHERE t.id IN ("_s + messageHits + u")"_s + filters;
        if (request.after) {
            text += u" AND s.rowid %1 ?"_s.arg(comparison);
            textBinds << request.after->id;
            messages += u" AND t.id %1 ?"_s.arg(comparison);
            messageBinds << request.after->id;
        }
        text += u" ORDER BY s.rowid %1 LIMIT ?"_s.arg(direction);
        messages += u" ORDER BY t.id %1 LIMIT ?"_s.arg(direction);
        textBinds << request.limit + 1;
        messageBinds << request.limit + 1;
        if (!readRows(db, text, textBinds, &rows) || !readRows(db, messages, messageBinds, &rows))
            return std::nullopt;
        std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
            return request.descending ? a.ticket.id > b.ticket.id : a.ticket.id < b.ticket.id;
        });
        rows.erase(std::unique(rows.begin(), rows.end(),
                               [](const Row &a, const Row &b) { return a.ticket.id == b.ticket.id; }),
                   rows.end());
    } else {
        if (!request.ftsExpression.isEmpty()) {
            where << u"t.id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ? UNION "_s + messageHits
                         + u")"_s;
            binds << request.ftsExpression << request.ftsExpression;
        }
        if (request.after) {
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
        if (!readRows(db, sql, binds, &rows))
            return std::nullopt;
    }

    TicketPage page;
    for (const Row &row : std::as_const(rows)) {
        if (page.tickets.size() == request.limit) {
            const Row &last = rows.at(page.tickets.size() - 1);
            page.next = TicketCursor{last.sortValue, last.ticket.id};
            break;
        }
        page.tickets.append(row.ticket);
    }
    return page;
}

} // namespace ccr::server

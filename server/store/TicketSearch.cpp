#include "TicketSearch.h"

#include "Sql.h"
#include "TicketRecords.h"

#include <QLoggingCategory>
#include <QSqlDatabase>

#include <algorithm>

namespace ccr::server {

using namespace Qt::StringLiterals;

// Debug level: each list query's plan, as SQLite's EXPLAIN QUERY PLAN says
// (QT_LOGGING_RULES="ccr.server.store.plan.debug=true").
Q_LOGGING_CATEGORY(lcQueryPlan, "ccr.server.store.plan", QtWarningMsg)

namespace {

void logQueryPlan(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query = prepare(db, u"EXPLAIN QUERY PLAN "_s + sql);
    for (const auto &value : binds)
        query.addBindValue(value);
    if (!exec(query))
        return;
    while (query.next())
        qCDebug(lcQueryPlan).noquote() << "plan:" << query.value(3).toString();
}

struct SortColumn
{
    TicketSortColumn column;
    QString name;
    // Never NULL, so (value, id) comparisons are total: missing names sort
    // as '', a missing deadline after every real one. Each expression is
    // the key of a schema v7 index, written exactly as there: SQLite uses an
    // index on an expression only for the identical expression.
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
        // Copies of the names kept on the ticket by triggers (schema v7),
        // declared COLLATE NOCASE, so that each has an index in list order.
        {TicketSortColumn::Customer, u"customer"_s, u"t.customer_sort"_s, false},
        {TicketSortColumn::Assignee, u"assignee"_s, u"t.assignee_sort"_s, false},
        {TicketSortColumn::Category, u"category"_s, u"t.category_sort"_s, false},
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
    if (lcQueryPlan().isDebugEnabled())
        logQueryPlan(db, sql, binds);
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

namespace {

// Up to this many matches, a filter's own index is the better driver: read
// them all and sort (a few ms). Beyond it, walking the sort column's index
// and skipping non-matches finds a page sooner.
constexpr int kFewTickets = 2000;

// Whether at most kFewTickets tickets satisfy `condition`, counted off its
// index alone and stopping at the cap; nullopt when the query failed.
std::optional<bool> fewTickets(QSqlDatabase &db, const QString &condition, const QVariantList &binds)
{
    QSqlQuery query = prepare(
        db, u"SELECT count(*) FROM (SELECT 1 FROM tickets t WHERE %1 LIMIT %2)"_s.arg(condition).arg(kFewTickets + 1));
    for (const auto &value : binds)
        query.addBindValue(value);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toInt() <= kFewTickets;
}

// A filter's SQL, written so that SQLite may use its index only when it
// should drive the query: a unary + hides the column from the planner.
struct Filter
{
    QString condition;
    QVariantList binds;
    bool mayDrive = true;
};

} // namespace

std::optional<TicketPage> listTickets(QSqlDatabase &db, const TicketListQuery &request)
{
    const SortColumn &sort = sortColumn(request.sort);
    // Every sort column has an index in list order (schema v7), so a page is
    // fastest read in that order, stopping after `limit` matches. Status,
    // priority and category match a large share of a million tickets each:
    // driving by their index means sorting every match (0.7 s against 1 ms),
    // so they never drive. A customer's tickets are few: always the driver.
    // An agent's queue or a date range may be small or huge: counted first.
    QList<Filter> filters;
    if (request.customerId > 0)
        filters.append({u"t.customer_id = ?"_s, {request.customerId}});
    if (!request.statuses.isEmpty()) {
        QVariantList values(request.statuses.cbegin(), request.statuses.cend());
        filters.append({u"t.status IN (%1)"_s.arg(placeholders(values.size())), values, false});
    }
    if (!request.priorities.isEmpty()) {
        QVariantList values(request.priorities.cbegin(), request.priorities.cend());
        filters.append({u"t.priority IN (%1)"_s.arg(placeholders(values.size())), values, false});
    }
    if (request.assigneeId) {
        Filter assignee = *request.assigneeId == 0 ? Filter{u"t.assignee_id IS NULL"_s, {}}
                                                   : Filter{u"t.assignee_id = ?"_s, {*request.assigneeId}};
        // Its index is (assignee_id, id): already in order when sorted by id.
        if (request.sort != TicketSortColumn::Id && request.customerId == 0) {
            const auto few = fewTickets(db, assignee.condition, assignee.binds);
            if (!few)
                return std::nullopt;
            assignee.mayDrive = *few;
        }
        filters.append(assignee);
    }
    if (request.categoryId > 0)
        filters.append({u"t.category_id = ?"_s, {request.categoryId}, false});
    if (request.createdFromMs || request.createdToMs) {
        Filter created;
        QStringList bounds;
        if (request.createdFromMs) {
            bounds << u"t.created_at >= ?"_s;
            created.binds << *request.createdFromMs;
        }
        if (request.createdToMs) {
            bounds << u"t.created_at < ?"_s;
            created.binds << *request.createdToMs;
        }
        created.condition = bounds.join(u" AND "_s);
        if (request.sort != TicketSortColumn::Created && request.customerId == 0) {
            const auto few = fewTickets(db, created.condition, created.binds);
            if (!few)
                return std::nullopt;
            created.mayDrive = *few;
        }
        filters.append(created);
    }
    QStringList where;
    QVariantList binds;
    for (const Filter &filter : std::as_const(filters)) {
        QString condition = filter.condition;
        if (!filter.mayDrive)
            condition.replace(u"t."_s, u"+t."_s);
        where << condition;
        binds << filter.binds;
    }
    const QString messageKinds = request.searchNotes ? u"'chat', 'note'"_s : u"'chat'"_s;
    const QString messageHits = u"SELECT m.ticket_id FROM messages_fts f JOIN messages m ON m.id = f.rowid "
                                "WHERE messages_fts MATCH ? AND m.kind IN (%1)"_s.arg(messageKinds);
    const QString direction = request.descending ? u"DESC"_s : u"ASC"_s;
    const QString comparison = request.descending ? u"<"_s : u">"_s;
    const QString andFilters = where.isEmpty() ? QString() : u" AND "_s + where.join(u" AND "_s);
    QList<Row> rows;

    // Newest (or oldest) first with a search over everyone's tickets: read
    // the ticket text hits in id order straight off the FTS index and stop
    // after a page, instead of collecting every hit of a common word first.
    // Message hits are collected (there are fewer), then the two merged.
    // With a customer the few tickets are the better driver, each probed in
    // the FTS indexes; with an assignee the hit set is built once and each
    // of their tickets looked up in it.
    const bool streamTextHits = !request.ftsExpression.isEmpty() && request.sort == TicketSortColumn::Id
                                && request.customerId == 0 && !request.assigneeId;
    if (streamTextHits) {
        QVariantList textBinds{request.ftsExpression};
        textBinds << binds;
        QString text = ticketSummarySelect(u", t.id"_s)
                       + u"JOIN tickets_fts s ON s.rowid = t.id WHERE tickets_fts MATCH ?"_s + andFilters;
        QVariantList messageBinds{request.ftsExpression};
        messageBinds << binds;
        QString messages = ticketSummarySelect(u", t.id"_s) + u"WHERE t.id IN ("_s + messageHits + u")"_s + andFilters;
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
        if (!request.ftsExpression.isEmpty() && request.customerId > 0) {
            // A customer's few tickets drive: each is probed in the FTS
            // indexes by rowid, never collecting every hit of a common word.
            where << u"(EXISTS (SELECT 1 FROM tickets_fts WHERE tickets_fts MATCH ? AND rowid = t.id) OR "
                     "EXISTS (SELECT 1 FROM messages m JOIN messages_fts f ON f.rowid = m.id "
                     "WHERE m.ticket_id = t.id AND m.kind IN (%1) AND messages_fts MATCH ?))"_s.arg(messageKinds);
            binds << request.ftsExpression << request.ftsExpression;
        } else if (!request.ftsExpression.isEmpty()) {
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

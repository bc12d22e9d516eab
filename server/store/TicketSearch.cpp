#include "TicketSearch.h"

#include "Sql.h"
#include "TicketRecords.h"

#include <domain/TicketPriority.h>
#include <domain/TicketStatus.h>

#include <QLoggingCategory>
#include <QSqlDatabase>

#include <QSet>

#include <algorithm>
#include <limits>

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
// them all and sort (a few ms). Beyond it, walking a sort index and skipping
// non-matches finds a page sooner.
constexpr int kFewTickets = 2000;

// Every status name in lifecycle order: the order of the status sort's CASE.
const QStringList &allStatuses()
{
    static const QStringList statuses = [] {
        QStringList names;
        for (int status = int(domain::TicketStatus::Open); status <= int(domain::TicketStatus::Closed); ++status)
            names << domain::statusName(domain::TicketStatus(status));
        return names;
    }();
    return statuses;
}

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

// One WHERE term. A unary + hides its column from the planner, so that only
// the terms meant to pick the index can.
struct Term
{
    QString condition;
    QVariantList binds;
    bool indexable = false;

    QString sql() const
    {
        QString text = condition;
        return indexable ? text : text.replace(u"t."_s, u"+t."_s);
    }
};

struct Terms
{
    QList<Term> list;

    void add(Term term) { list.append(std::move(term)); }
    QString where() const
    {
        QStringList parts;
        for (const Term &term : list)
            parts << term.sql();
        return parts.join(u" AND "_s);
    }
    QVariantList binds() const
    {
        QVariantList all;
        for (const Term &term : list)
            all << term.binds;
        return all;
    }
};

// SQLite's NOCASE order: UTF-8 bytes with ASCII letters folded.
QByteArray foldedUtf8(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    for (char &byte : bytes) {
        if (byte >= 'A' && byte <= 'Z')
            byte = char(byte - 'A' + 'a');
    }
    return bytes;
}

int compareNoCase(const QString &a, const QString &b)
{
    const QByteArray x = foldedUtf8(a);
    const QByteArray y = foldedUtf8(b);
    return x < y ? -1 : (y < x ? 1 : 0);
}

// Whether row a comes before row b in the list's order.
bool before(const Row &a, const Row &b, const SortColumn &sort, bool descending)
{
    int order = 0;
    if (sort.column != TicketSortColumn::Id) {
        if (sort.number) {
            const qint64 x = a.sortValue.toLongLong();
            const qint64 y = b.sortValue.toLongLong();
            order = x < y ? -1 : (x > y ? 1 : 0);
        } else {
            order = compareNoCase(a.sortValue.toString(), b.sortValue.toString());
        }
    }
    if (order == 0)
        order = a.ticket.id < b.ticket.id ? -1 : (a.ticket.id > b.ticket.id ? 1 : 0);
    return descending ? order > 0 : order < 0;
}

QString orderBy(const SortColumn &sort, const QString &direction)
{
    return sort.column == TicketSortColumn::Id ? u" ORDER BY t.id %1"_s.arg(direction)
                                               : u" ORDER BY %1 %2, t.id %2"_s.arg(sort.expression, direction);
}

QString messageKinds(const TicketListQuery &request)
{
    // Chat for everyone, internal notes only when staff ask.
    return request.searchNotes ? u"'chat', 'note'"_s : u"'chat'"_s;
}

// A message's FTS rowid is (ticket_id << 32) | message id (schema v9), so
// the index lists message hits grouped by ticket, in ticket order.
constexpr auto kTicketOfHit = u"(f.rowid >> 32)";
constexpr auto kMessageOfHit = u"(f.rowid & 4294967295)";

QString messageHits(const TicketListQuery &request)
{
    return u"SELECT %1 FROM messages_fts f JOIN messages m ON m.id = %2 "
           "WHERE messages_fts MATCH ? AND m.kind IN (%3)"_s.arg(kTicketOfHit, kMessageOfHit, messageKinds(request));
}

// The search as one WHERE term, for when something else drives the query.
Term searchTerm(const TicketListQuery &request, bool perTicket)
{
    const QVariantList binds{request.ftsExpression, request.ftsExpression};
    if (perTicket) {
        // A customer's few tickets drive: each is probed in the FTS indexes
        // by its rowid or its range of message rowids, never collecting
        // every hit of a common word.
        return {u"(EXISTS (SELECT 1 FROM tickets_fts WHERE tickets_fts MATCH ? AND rowid = t.id) OR "
                "EXISTS (SELECT 1 FROM messages_fts f JOIN messages m ON m.id = %1 WHERE messages_fts MATCH ? "
                "AND f.rowid >= (t.id << 32) AND f.rowid < ((t.id + 1) << 32) AND m.kind IN (%2)))"_s.arg(
                    kMessageOfHit, messageKinds(request)),
                binds, true};
    }
    return {u"t.id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ? UNION "_s + messageHits(request)
                + u")"_s,
            binds, true};
}

// Newest (or oldest) first over everyone's tickets: the ticket text hits
// and the message hits both come off their FTS index in ticket order, so
// each read stops after a page instead of collecting every hit of a common
// word first (240,000 message hits at 5,000,000 messages). The caller merges
// the two.
bool streamTextHits(QSqlDatabase &db, const TicketListQuery &request, const Terms &filters, QList<Row> *rows)
{
    const QString direction = request.descending ? u"DESC"_s : u"ASC"_s;
    const QString comparison = request.descending ? u"<"_s : u">"_s;
    const QString andFilters = filters.list.isEmpty() ? QString() : u" AND "_s + filters.where();
    QVariantList textBinds{request.ftsExpression};
    textBinds << filters.binds();
    QString text = ticketSummarySelect(u", t.id"_s)
                   + u"JOIN tickets_fts s ON s.rowid = t.id WHERE tickets_fts MATCH ?"_s + andFilters;
    if (request.after) {
        text += u" AND s.rowid %1 ?"_s.arg(comparison);
        textBinds << request.after->id;
    }
    text += u" ORDER BY s.rowid %1 LIMIT %2"_s.arg(direction).arg(request.limit + 1);
    if (!readRows(db, text, textBinds, rows))
        return false;

    // A ticket may have several matching messages: read a few pages' worth
    // of hits at a time and continue after the last one until enough
    // distinct tickets are found or the hits run out.
    const int chunk = 4 * (request.limit + 1);
    const QString messages =
        ticketSummarySelect(u", f.rowid"_s)
        + u"JOIN messages_fts f ON t.id = %1 JOIN messages m ON m.id = %2 "
          "WHERE messages_fts MATCH ? AND m.kind IN (%3)"_s.arg(kTicketOfHit, kMessageOfHit, messageKinds(request))
        + andFilters + u" AND f.rowid %1 ? ORDER BY f.rowid %2 LIMIT %3"_s.arg(comparison, direction).arg(chunk);
    qint64 position = request.descending ? std::numeric_limits<qint64>::max() : -1;
    if (request.after)
        position = request.descending ? request.after->id << 32 : ((request.after->id + 1) << 32) - 1;
    QSet<qint64> seen;
    for (;;) {
        QVariantList binds{request.ftsExpression};
        binds << filters.binds() << position;
        QList<Row> hits;
        if (!readRows(db, messages, binds, &hits))
            return false;
        for (Row &hit : hits) {
            position = hit.sortValue.toLongLong();
            if (seen.size() > request.limit || seen.contains(hit.ticket.id))
                continue;
            seen.insert(hit.ticket.id);
            hit.sortValue = hit.ticket.id;
            rows->append(hit);
        }
        if (hits.size() < chunk || seen.size() > request.limit)
            return true;
    }
}
} // namespace

std::optional<TicketPage> listTickets(QSqlDatabase &db, const TicketListQuery &request)
{
    const SortColumn &sort = sortColumn(request.sort);
    const QString direction = request.descending ? u"DESC"_s : u"ASC"_s;
    const QString comparison = request.descending ? u"<"_s : u">"_s;
    const bool searching = !request.ftsExpression.isEmpty();

    // Which filter may drive. A customer's tickets are few: always. An
    // agent's queue or a date range may be small or huge: counted first.
    // Status, priority and category match a large share of a million
    // tickets each: driving by them means sorting every match (0.7 s
    // against 1 ms), so they never do; statuses are instead read one at a
    // time below, each an index range in list order.
    Terms terms;
    bool narrow = false;
    if (request.customerId > 0) {
        terms.add({u"t.customer_id = ?"_s, {request.customerId}, true});
        narrow = true;
    }
    if (!request.priorities.isEmpty()) {
        QVariantList values(request.priorities.cbegin(), request.priorities.cend());
        terms.add({u"t.priority IN (%1)"_s.arg(placeholders(values.size())), values});
    }
    if (request.assigneeId) {
        Term assignee = *request.assigneeId == 0 ? Term{u"t.assignee_id IS NULL"_s, {}}
                                                 : Term{u"t.assignee_id = ?"_s, {*request.assigneeId}};
        if (!narrow) {
            const auto few = fewTickets(db, assignee.condition, assignee.binds);
            if (!few)
                return std::nullopt;
            assignee.indexable = *few;
            narrow = *few;
        }
        terms.add(assignee);
    }
    if (request.categoryId > 0)
        terms.add({u"t.category_id = ?"_s, {request.categoryId}});
    bool createdRange = false;
    if (request.createdFromMs || request.createdToMs) {
        Term created;
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
        if (!narrow) {
            const auto few = fewTickets(db, created.condition, created.binds);
            if (!few)
                return std::nullopt;
            created.indexable = *few;
            narrow = *few;
        }
        createdRange = !created.indexable;
        terms.add(created);
    }
    Term statusIn;
    if (!request.statuses.isEmpty()) {
        QVariantList values(request.statuses.cbegin(), request.statuses.cend());
        statusIn = {u"t.status IN (%1)"_s.arg(placeholders(values.size())), values};
    }
    Term after;
    if (request.after && request.sort == TicketSortColumn::Id)
        after = {u"t.id %1 ?"_s.arg(comparison), {request.after->id}, true};
    else if (request.after)
        after = {u"(%1, t.id) %2 (?, ?)"_s.arg(sort.expression, comparison),
                 {request.after->value, request.after->id},
                 true};

    QList<Row> rows;
    // keyFixed: every row read has the same sort key (one status sorted by
    // status, the ties of the cursor's key), so ordering by id is the list
    // order; SQLite does not see that a CASE or COALESCE is constant there.
    auto readPage = [&](const Terms &where, bool keyFixed = false) {
        QString sql = ticketSummarySelect(u", "_s + sort.expression);
        if (!where.list.isEmpty())
            sql += u"WHERE "_s + where.where();
        sql += (keyFixed ? u" ORDER BY t.id %1"_s.arg(direction) : orderBy(sort, direction))
               + u" LIMIT %1"_s.arg(request.limit + 1); // +1: whether a next page exists
        return readRows(db, sql, where.binds(), &rows);
    };

    // One status's part of a page after the cursor. SQLite seeks a row
    // value (key, id) only by its key, then skips every tie before the id —
    // a priority or a category ties with a hundred thousand tickets — so
    // the ties and the keys beyond are read as two exact index ranges.
    auto readStatusPage = [&](Terms where, const QString &status) {
        const bool byStatus = request.sort == TicketSortColumn::Status;
        if (!request.after)
            return readPage(where, byStatus);
        const Term idAfter{u"t.id %1 ?"_s.arg(comparison), {request.after->id}, true};
        if (request.sort == TicketSortColumn::Id) {
            where.add(idAfter);
            return readPage(where);
        }
        if (byStatus) {
            const qint64 rank = allStatuses().indexOf(status);
            const qint64 cursorRank = request.after->value.toLongLong();
            if (rank == cursorRank)
                where.add(idAfter);
            else if (request.descending ? rank > cursorRank : rank < cursorRank)
                return true; // wholly before the cursor
            return readPage(where, true);
        }
        Terms ties = where;
        ties.add({sort.expression + u" = ?"_s, {request.after->value}, true});
        ties.add(idAfter);
        where.add({u"%1 %2 ?"_s.arg(sort.expression, comparison), {request.after->value}, true});
        return readPage(ties, true) && readPage(where);
    };

    if (searching && request.sort == TicketSortColumn::Id && !narrow) {
        Terms filters = terms;
        if (!statusIn.condition.isEmpty())
            filters.add(statusIn);
        if (!streamTextHits(db, request, filters, &rows))
            return std::nullopt;
    } else if (narrow || searching || (request.sort == TicketSortColumn::Id && request.statuses.isEmpty())) {
        // One query, driven by the narrow filter's index, the search hits
        // or the primary key's order.
        Terms where = terms;
        if (!statusIn.condition.isEmpty())
            where.add(statusIn);
        if (searching)
            where.add(searchTerm(request, request.customerId > 0));
        if (request.after)
            where.add(after);
        if (!readPage(where))
            return std::nullopt;
    } else {
        // A page per status from the (status, sort key, id) indexes, merged.
        // A filter on the sort key itself also becomes a range in it, so the
        // walk does not skip every ticket sorted before the ones wanted.
        Terms aligned = terms;
        if (request.sort == TicketSortColumn::Priority && !request.priorities.isEmpty()) {
            // The priority sort's CASE ranks them in the enum's order.
            QStringList ranks;
            for (const QString &priority : request.priorities)
                ranks << QString::number(int(domain::priorityFromName(priority).value_or(domain::TicketPriority::Low)));
            aligned.add({u"%1 IN (%2)"_s.arg(sort.expression, ranks.join(u", "_s)), {}, true});
        }
        if (request.sort == TicketSortColumn::Category && request.categoryId > 0)
            aligned.add({u"t.category_sort = COALESCE((SELECT name FROM categories WHERE id = ?), '')"_s,
                         {request.categoryId},
                         true});
        if (request.sort == TicketSortColumn::Assignee && request.assigneeId)
            aligned.add({u"t.assignee_sort = COALESCE((SELECT first_name || ' ' || last_name FROM users "
                         "WHERE id = ?), '')"_s,
                         {*request.assigneeId},
                         true});
        if (request.sort == TicketSortColumn::Created && createdRange) {
            for (Term &term : aligned.list) {
                if (term.condition.startsWith(u"t.created_at"_s))
                    term.indexable = true;
            }
        }
        // The queue view — some statuses and priorities, newest or most
        // recently updated first — goes one level deeper, a page per status
        // and priority (schema v10 indexes): the newest open tickets may all
        // be of another priority than the one asked for (0.7 ms against 40).
        const bool perPriority = !request.priorities.isEmpty()
                                 && (request.sort == TicketSortColumn::Id || request.sort == TicketSortColumn::Updated);
        const QStringList priorities = perPriority ? request.priorities : QStringList{QString()};
        const QStringList statuses = request.statuses.isEmpty() ? allStatuses() : request.statuses;
        for (const QString &status : statuses) {
            for (const QString &priority : priorities) {
                Terms where = aligned;
                where.add({u"t.status = ?"_s, {status}, true});
                if (perPriority)
                    where.add({u"t.priority = ?"_s, {priority}, true});
                if (!readStatusPage(where, status))
                    return std::nullopt;
            }
        }
    }
    std::sort(rows.begin(), rows.end(),
              [&](const Row &a, const Row &b) { return before(a, b, sort, request.descending); });
    rows.erase(
        std::unique(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.ticket.id == b.ticket.id; }),
        rows.end());

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

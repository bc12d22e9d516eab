#pragma once

#include <domain/Ticket.h>

#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// ticket.list's sort columns; each has a total order together with the id.
enum class TicketSortColumn
{
    Id,
    Subject,
    Status,
    Priority,
    Customer,
    Assignee,
    Category,
    Created,
    Updated,
    ResolutionDue,
};

QString sortColumnName(TicketSortColumn column);
std::optional<TicketSortColumn> sortColumnFromName(const QString &name);
// Whether the column's sort value is a number (else text).
bool sortValueIsNumber(TicketSortColumn column);

// Where a page ended: the last row's sort value and id. The next page starts
// strictly after it (keyset paging: an index range, never OFFSET).
struct TicketCursor
{
    QVariant value; // qint64 or QString, by the column
    qint64 id = 0;
};

struct TicketListQuery
{
    qint64 customerId = 0;               // > 0: only this customer's tickets (always so for customers)
    QStringList statuses;                // status names; empty: any
    QStringList priorities;              // priority names; empty: any
    std::optional<qint64> assigneeId;    // 0: unassigned; absent: anyone
    qint64 categoryId = 0;               // 0: any
    std::optional<qint64> createdFromMs; // created_at >= this
    std::optional<qint64> createdToMs;   // created_at < this
    QString ftsExpression;               // from ftsQueryFromText, never raw user text; empty: no search
    bool searchNotes = false;            // staff: internal notes are searched too
    TicketSortColumn sort = TicketSortColumn::Id;
    bool descending = true;
    std::optional<TicketCursor> after;
    int limit = 50;
};

struct TicketPage
{
    QList<domain::TicketSummary> tickets;
    std::optional<TicketCursor> next; // set when more rows follow
};

// One page of tickets matching every filter; nullopt when the query failed.
std::optional<TicketPage> listTickets(QSqlDatabase &db, const TicketListQuery &query);

} // namespace ccr::server

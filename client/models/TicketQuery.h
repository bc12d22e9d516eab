#pragma once

#include <domain/Ticket.h>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ccr::client {

// What a ticket list shows: the filters and the order the server applies to
// ticket.list, and the same rules applied locally, so a pushed change can be
// placed into (or taken out of) the rows already shown without asking the
// server again.
struct TicketQuery
{
    enum class SortKey
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
        ResolutionDue
    };
    enum class Assignee
    {
        Anyone,
        Unassigned,
        Mine,
        Agent // agentId
    };

    QList<domain::TicketStatus> statuses;     // empty: any
    QList<domain::TicketPriority> priorities; // empty: any
    Assignee assignee = Assignee::Anyone;
    qint64 agentId = 0;
    qint64 categoryId = 0; // 0: any
    QDate createdFrom;     // null: open-ended; whole days in the user's time zone
    QDate createdTo;
    QString search;
    SortKey sortKey = SortKey::Id; // newest first, as the server's default
    bool descending = true;

    // The ticket.list params (without limit and cursor).
    QJsonObject toParams() const;
    // Whether the ticket belongs in the list for the user with this id.
    // Full-text search runs on the server over descriptions and messages
    // too; locally only the subject is known, so a pushed ticket is taken as
    // matching a search when every word of it is in its subject.
    bool matches(const domain::TicketSummary &ticket, qint64 currentUserId) const;
    // The list's order: the sort key, then the id in the same direction.
    bool before(const domain::TicketSummary &a, const domain::TicketSummary &b) const;

    static QString sortKeyName(SortKey key);
    // Dates and priorities read best newest or most urgent first; text A to Z.
    static bool descendingByDefault(SortKey key);

    bool operator==(const TicketQuery &) const = default;
};

} // namespace ccr::client

#pragma once

#include "TicketQuery.h"

#include <domain/Ticket.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

class QTimer;

namespace ccr::client {

// Ticket summaries as a table, in the order and with the filters of a
// TicketQuery. The first page comes from ticket.list; further pages arrive
// as the view scrolls (canFetchMore/fetchMore ask TicketFeed for them by the
// server's cursor). Pushed changes are applied one ticket at a time: a row is
// updated in place or moved to its new position, dropped when it no longer
// matches the filters, and a new matching ticket is inserted where the order
// puts it — so a live update never re-downloads the list. The SLA column is
// recomputed locally every 30 seconds from the deadlines the rows carry.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        SubjectColumn,
        StatusColumn,
        PriorityColumn,
        CategoryColumn,
        CustomerColumn,
        AgentColumn,
        UpdatedColumn,
        SlaColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1,
        // True when the row's SLA is breached (flagged by the server, or a
        // pending deadline has passed on the local clock).
        SlaBreachedRole
    };
    static constexpr int kClockIntervalMs = 30'000;

    explicit TicketListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The rules rows are kept by; setting them does not reload (TicketFeed does).
    void setQuery(const TicketQuery &query) { m_query = query; }
    const TicketQuery &query() const { return m_query; }
    // Whose queue "Mine" is.
    void setCurrentUserId(qint64 userId) { m_currentUserId = userId; }

    // The first page: replaces every row. nextCursor empty: nothing more.
    void setTickets(QList<domain::TicketSummary> tickets, const QString &nextCursor = {});
    // A further page, after the rows already shown.
    void appendPage(const QList<domain::TicketSummary> &tickets, const QString &nextCursor);
    QString nextCursor() const { return m_nextCursor; }
    bool hasMore() const { return !m_nextCursor.isEmpty(); }
    void setFetchingMore(bool fetching) { m_fetchingMore = fetching; }
    // A newer version of one ticket (a pushed event or a reply).
    void upsert(const domain::TicketSummary &ticket);
    void clear();

    const domain::TicketSummary &ticketAt(int row) const { return m_tickets.at(row); }
    std::optional<int> rowOf(qint64 ticketId) const;

    // The clock the SLA column counts down against; a timer moves it every
    // kClockIntervalMs, tests set it.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    static QString statusText(domain::TicketStatus status);
    static QString priorityText(domain::TicketPriority priority);
    // "1 h 20 min" and the like: how long until a deadline.
    static QString durationText(qint64 seconds);
    // The column a sort key shows in, and back (-1 / nullopt: none).
    static int columnOf(TicketQuery::SortKey key);
    static std::optional<TicketQuery::SortKey> sortKeyOf(int column);

Q_SIGNALS:
    // The view scrolled near the end of what is loaded.
    void moreWanted();

private:
    struct Sla
    {
        QString text;
        QString toolTip;
        bool breached = false;
    };
    Sla slaOf(const domain::TicketSummary &ticket) const;
    // Where ticket goes in the order, counting as if row `skip` were absent.
    int position(const domain::TicketSummary &ticket, int skip) const;

    TicketQuery m_query;
    qint64 m_currentUserId = 0;
    QList<domain::TicketSummary> m_tickets;
    QSet<qint64> m_ids; // the ids in m_tickets: rowOf scans only for a row that is there
    QString m_nextCursor;
    bool m_fetchingMore = false;
    QDateTime m_now;
    QTimer *m_clock;
};

} // namespace ccr::client

#pragma once

#include <domain/Ticket.h>

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace ccr::client {

// Ticket summaries as a table, newest first. Fed a whole page once, then
// kept current one ticket at a time from pushed events (upsert by id), so a
// live update never re-downloads the list.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        SubjectColumn,
        StatusColumn,
        CustomerColumn,
        AgentColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1
    };

    explicit TicketListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTickets(QList<domain::TicketSummary> tickets);
    // Replaces the ticket with the same id, or inserts it in date order.
    void upsert(const domain::TicketSummary &ticket);
    void clear();

    const domain::TicketSummary &ticketAt(int row) const { return m_tickets.at(row); }
    std::optional<int> rowOf(qint64 ticketId) const;

    static QString statusText(domain::TicketStatus status);

private:
    int insertionRow(const domain::TicketSummary &ticket) const;

    QList<domain::TicketSummary> m_tickets;
};

} // namespace ccr::client

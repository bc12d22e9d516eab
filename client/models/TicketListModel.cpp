#include "TicketListModel.h"

#include <QLocale>

#include <algorithm>

namespace ccr::client {

using domain::TicketStatus;
using domain::TicketSummary;

namespace {

// Newest first; the id breaks ties between tickets raised in the same millisecond.
bool isNewer(const TicketSummary &a, const TicketSummary &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}

} // namespace

TicketListModel::TicketListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketListModel::statusText(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Open: return tr("Open");
    case TicketStatus::AgentAssigned: return tr("Agent assigned");
    case TicketStatus::InProgress: return tr("In progress");
    case TicketStatus::WaitingOnCustomer: return tr("Waiting on customer");
    case TicketStatus::Resolved: return tr("Resolved");
    case TicketStatus::Closed: return tr("Closed");
    }
    return {};
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketSummary &ticket = m_tickets.at(index.row());
    if (role == TicketIdRole)
        return ticket.id;
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == CreatedColumn)
        return QLocale().toString(ticket.createdAt.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn: return ticket.id;
    case SubjectColumn: return ticket.subject;
    case StatusColumn: return statusText(ticket.status);
    case CustomerColumn: return ticket.customerName;
    case AgentColumn: return ticket.assigneeId == 0 ? tr("Unassigned") : ticket.assigneeName;
    case CreatedColumn: return QLocale().toString(ticket.createdAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount: break;
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn: return tr("#");
    case SubjectColumn: return tr("Subject");
    case StatusColumn: return tr("Status");
    case CustomerColumn: return tr("Customer");
    case AgentColumn: return tr("Agent");
    case CreatedColumn: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

void TicketListModel::setTickets(QList<TicketSummary> tickets)
{
    std::stable_sort(tickets.begin(), tickets.end(), isNewer);
    beginResetModel();
    m_tickets = std::move(tickets);
    endResetModel();
}

void TicketListModel::clear()
{
    setTickets({});
}

std::optional<int> TicketListModel::rowOf(qint64 ticketId) const
{
    for (int row = 0; row < m_tickets.size(); ++row) {
        if (m_tickets.at(row).id == ticketId)
            return row;
    }
    return std::nullopt;
}

int TicketListModel::insertionRow(const TicketSummary &ticket) const
{
    return int(std::lower_bound(m_tickets.cbegin(), m_tickets.cend(), ticket, isNewer) - m_tickets.cbegin());
}

void TicketListModel::upsert(const TicketSummary &ticket)
{
    if (const auto row = rowOf(ticket.id)) {
        if (m_tickets.at(*row).createdAt == ticket.createdAt) {
            m_tickets[*row] = ticket;
            Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
            return;
        }
        // Its place in the order changed: take it out and insert it afresh.
        beginRemoveRows({}, *row, *row);
        m_tickets.removeAt(*row);
        endRemoveRows();
    }
    const int row = insertionRow(ticket);
    beginInsertRows({}, row, row);
    m_tickets.insert(row, ticket);
    endInsertRows();
}

} // namespace ccr::client

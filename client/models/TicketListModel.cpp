#include "TicketListModel.h"

#include "ModelLanguage.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QTimer>

namespace ccr::client {

using domain::TicketPriority;
using domain::TicketStatus;
using domain::TicketSummary;
using SortKey = TicketQuery::SortKey;

namespace {

// Readable on light and dark backgrounds alike; always paired with text.
const QColor kBreachedColour(0xd3, 0x2f, 0x2f);
const QColor kUrgentColour(0xd3, 0x2f, 0x2f);
const QColor kHighColour(0xe6, 0x7e, 0x22);

bool isFinished(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

QString longTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace

TicketListModel::TicketListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_clock(new QTimer(this))
{
    followLanguage(this);
    // Deadlines do not move, time does: recount locally, never ask the server.
    m_clock->setInterval(kClockIntervalMs);
    connect(m_clock, &QTimer::timeout, this, [this] { setNow(QDateTime::currentDateTimeUtc()); });
    m_clock->start();
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

QString TicketListModel::priorityText(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Low: return tr("Low");
    case TicketPriority::Normal: return tr("Normal");
    case TicketPriority::High: return tr("High");
    case TicketPriority::Urgent: return tr("Urgent");
    }
    return {};
}

QString TicketListModel::durationText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

int TicketListModel::columnOf(SortKey key)
{
    switch (key) {
    case SortKey::Id: return IdColumn;
    case SortKey::Subject: return SubjectColumn;
    case SortKey::Status: return StatusColumn;
    case SortKey::Priority: return PriorityColumn;
    case SortKey::Category: return CategoryColumn;
    case SortKey::Customer: return CustomerColumn;
    case SortKey::Assignee: return AgentColumn;
    case SortKey::Updated: return UpdatedColumn;
    case SortKey::ResolutionDue: return SlaColumn;
    case SortKey::Created: return -1;
    }
    return -1;
}

std::optional<SortKey> TicketListModel::sortKeyOf(int column)
{
    for (auto key : {SortKey::Id, SortKey::Subject, SortKey::Status, SortKey::Priority, SortKey::Category,
                     SortKey::Customer, SortKey::Assignee, SortKey::Updated, SortKey::ResolutionDue}) {
        if (columnOf(key) == column)
            return key;
    }
    return std::nullopt;
}

TicketListModel::Sla TicketListModel::slaOf(const TicketSummary &ticket) const
{
    Sla sla;
    QStringList lines;
    if (ticket.firstResponseDue.isValid())
        lines.append(tr("First response due: %1").arg(longTime(ticket.firstResponseDue)));
    if (ticket.resolutionDue.isValid())
        lines.append(tr("Resolution due: %1").arg(longTime(ticket.resolutionDue)));
    if (ticket.slaBreached & domain::FirstResponseBreached)
        lines.append(tr("The first response target was missed."));
    if (ticket.slaBreached & domain::ResolutionBreached)
        lines.append(tr("The resolution target was missed."));
    sla.toolTip = lines.join(u'\n');

    // The deadline still running: the first response until someone answered,
    // then the resolution until the ticket is resolved.
    QDateTime due;
    if (!isFinished(ticket.status)) {
        if (ticket.firstResponseDue.isValid() && !ticket.firstRespondedAt.isValid())
            due = ticket.firstResponseDue;
        else if (ticket.resolutionDue.isValid() && !ticket.resolvedAt.isValid())
            due = ticket.resolutionDue;
    }
    const bool pastDue = due.isValid() && due <= m_now;
    sla.breached = ticket.slaBreached != 0 || pastDue;
    if (sla.breached)
        sla.text = tr("Breached");
    else if (due.isValid())
        sla.text = durationText(m_now.secsTo(due));
    else
        sla.text = QStringLiteral("—");
    return sla;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketSummary &ticket = m_tickets.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case TicketIdRole: return ticket.id;
    case SlaBreachedRole: return slaOf(ticket).breached;
    case Qt::TextAlignmentRole:
        if (column == IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == UpdatedColumn)
            return tr("Raised %1\nLast changed %2").arg(longTime(ticket.createdAt), longTime(ticket.updatedAt));
        if (column == SlaColumn)
            return slaOf(ticket).toolTip;
        return {};
    case Qt::ForegroundRole:
        if (column == SlaColumn && slaOf(ticket).breached)
            return QBrush(kBreachedColour);
        if (column == PriorityColumn && ticket.priority == TicketPriority::Urgent)
            return QBrush(kUrgentColour);
        if (column == PriorityColumn && ticket.priority == TicketPriority::High)
            return QBrush(kHighColour);
        return {};
    case Qt::FontRole:
        if ((column == SlaColumn && slaOf(ticket).breached)
            || (column == PriorityColumn && ticket.priority == TicketPriority::Urgent)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case IdColumn: return ticket.id;
    case SubjectColumn: return ticket.subject;
    case StatusColumn: return statusText(ticket.status);
    case PriorityColumn: return priorityText(ticket.priority);
    case CategoryColumn: return ticket.categoryName;
    case CustomerColumn: return ticket.customerName;
    case AgentColumn: return ticket.assigneeId == 0 ? tr("Unassigned") : ticket.assigneeName;
    case UpdatedColumn: return QLocale().toString(ticket.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case SlaColumn: return slaOf(ticket).text;
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
    case PriorityColumn: return tr("Priority");
    case CategoryColumn: return tr("Category");
    case CustomerColumn: return tr("Customer");
    case AgentColumn: return tr("Agent");
    case UpdatedColumn: return tr("Updated");
    case SlaColumn: return tr("SLA");
    case ColumnCount: break;
    }
    return {};
}

bool TicketListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMore() && !m_fetchingMore;
}

void TicketListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        Q_EMIT moreWanted();
}

void TicketListModel::setTickets(QList<TicketSummary> tickets, const QString &nextCursor)
{
    // The server sent them in this order already; sorting again keeps a
    // hand-made list (and a test's) consistent with upsert's placement.
    std::stable_sort(tickets.begin(), tickets.end(),
                     [this](const TicketSummary &a, const TicketSummary &b) { return m_query.before(a, b); });
    beginResetModel();
    m_tickets = std::move(tickets);
    m_ids.clear();
    for (const TicketSummary &ticket : std::as_const(m_tickets))
        m_ids.insert(ticket.id);
    m_nextCursor = nextCursor;
    m_fetchingMore = false;
    endResetModel();
}

void TicketListModel::appendPage(const QList<TicketSummary> &tickets, const QString &nextCursor)
{
    QList<TicketSummary> fresh;
    for (const TicketSummary &ticket : tickets) {
        if (const auto row = rowOf(ticket.id)) {
            // Already placed by a pushed event while the page was on its way.
            m_tickets[*row] = ticket;
            Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
        } else {
            fresh.append(ticket);
        }
    }
    m_nextCursor = nextCursor;
    m_fetchingMore = false;
    if (fresh.isEmpty())
        return;
    const int first = int(m_tickets.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_tickets.append(fresh);
    for (const TicketSummary &ticket : std::as_const(fresh))
        m_ids.insert(ticket.id);
    endInsertRows();
}

void TicketListModel::clear()
{
    setTickets({});
}

std::optional<int> TicketListModel::rowOf(qint64 ticketId) const
{
    // The id set first: each page is appended to maybe 200,000 loaded rows,
    // and scanning them for every row of it made scrolling stall (O(n²)).
    if (!m_ids.contains(ticketId))
        return std::nullopt;
    for (int row = 0; row < m_tickets.size(); ++row) {
        if (m_tickets.at(row).id == ticketId)
            return row;
    }
    return std::nullopt;
}

int TicketListModel::position(const TicketSummary &ticket, int skip) const
{
    int low = 0;
    int high = int(m_tickets.size()) - (skip >= 0 ? 1 : 0);
    while (low < high) {
        const int middle = (low + high) / 2;
        const int real = skip >= 0 && middle >= skip ? middle + 1 : middle;
        if (m_query.before(m_tickets.at(real), ticket))
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

void TicketListModel::upsert(const TicketSummary &ticket)
{
    const bool belongs = m_query.matches(ticket, m_currentUserId);
    const auto row = rowOf(ticket.id);
    const int others = int(m_tickets.size()) - (row ? 1 : 0);
    const int target = belongs ? position(ticket, row.value_or(-1)) : -1;
    // Past the last loaded row while more pages wait: the server's next page
    // brings it in its place; showing it now would put it out of order.
    const bool shown = belongs && !(target == others && hasMore());

    if (!row) {
        if (!shown)
            return;
        beginInsertRows({}, target, target);
        m_tickets.insert(target, ticket);
        m_ids.insert(ticket.id);
        endInsertRows();
        return;
    }
    if (!shown) {
        beginRemoveRows({}, *row, *row);
        m_tickets.removeAt(*row);
        m_ids.remove(ticket.id);
        endRemoveRows();
        return;
    }
    if (target != *row) {
        // A move keeps the row selected where a remove and insert would not.
        beginMoveRows({}, *row, *row, {}, target > *row ? target + 1 : target);
        m_tickets.move(*row, target);
        endMoveRows();
    }
    m_tickets[target] = ticket;
    Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

void TicketListModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_tickets.isEmpty())
        Q_EMIT dataChanged(index(0, SlaColumn), index(int(m_tickets.size()) - 1, SlaColumn));
}

} // namespace ccr::client

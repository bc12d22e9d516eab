#include "NotificationModel.h"

#include <QFont>
#include <QLocale>

namespace ccr::client {

NotificationModel::NotificationModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Notification &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return item.title;
    case Qt::ToolTipRole: return item.body + u'\n' + QLocale().toString(item.at.toLocalTime(), QLocale::ShortFormat);
    case Qt::FontRole: {
        QFont font;
        font.setBold(!item.read); // unread reads bold, as in a mail client
        return font;
    }
    case TicketIdRole: return item.ticketId;
    case KindRole: return QVariant::fromValue(item.kind);
    case ReadRole: return item.read;
    case BodyRole: return item.body;
    default: return {};
    }
}

void NotificationModel::add(Notification notification)
{
    if (!notification.at.isValid())
        notification.at = QDateTime::currentDateTimeUtc();
    if (m_items.size() >= kLimit) {
        beginRemoveRows({}, kLimit - 1, int(m_items.size()) - 1);
        m_items.resize(kLimit - 1);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_items.prepend(std::move(notification));
    endInsertRows();
    recount();
}

void NotificationModel::markRead(int row)
{
    if (row < 0 || row >= m_items.size() || m_items[row].read)
        return;
    m_items[row].read = true;
    Q_EMIT dataChanged(index(row), index(row));
    recount();
}

void NotificationModel::markTicketRead(qint64 ticketId)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items[row].ticketId == ticketId && !m_items[row].read) {
            m_items[row].read = true;
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
    recount();
}

void NotificationModel::markAllRead()
{
    for (auto &item : m_items)
        item.read = true;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1));
    recount();
}

void NotificationModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
    recount();
}

void NotificationModel::recount()
{
    const int unread = int(std::count_if(m_items.begin(), m_items.end(), [](const auto &n) { return !n.read; }));
    if (unread == m_unread)
        return;
    m_unread = unread;
    Q_EMIT unreadCountChanged(unread);
}

} // namespace ccr::client

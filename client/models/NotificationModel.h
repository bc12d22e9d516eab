#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ccr::client {

// What the user was told about, newest first, with what is still unread:
// the list behind the Notifications menu and the unread badge (tray, window
// title). Kept even when the system has no tray, so nothing is lost and
// tests can read what would have popped up.
class NotificationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        AssignedToMe,    // agent: a ticket was assigned to them
        CustomerMessage, // agent: the customer wrote on their ticket
        SlaBreached,     // agent: an SLA target of their ticket was missed
        SlaWarning,      // agent: an SLA target of their ticket is about to be missed
        AgentAssigned,   // customer: an agent took their ticket
        Reply,           // customer: staff replied
        StatusChanged,   // customer: their ticket moved on
    };
    Q_ENUM(Kind)

    struct Notification
    {
        Kind kind = Kind::StatusChanged;
        qint64 ticketId = 0;
        QString title;
        QString body;
        QDateTime at;
        bool read = false;
    };

    enum Role
    {
        TicketIdRole = Qt::UserRole + 1,
        KindRole,
        ReadRole,
        BodyRole
    };

    // The list forgets the oldest beyond this many.
    static constexpr int kLimit = 200;

    explicit NotificationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void add(Notification notification);
    const Notification &at(int row) const { return m_items.at(row); }
    int unreadCount() const { return m_unread; }
    void markRead(int row);
    // Every notification about that ticket (it was opened).
    void markTicketRead(qint64 ticketId);
    void markAllRead();
    void clear();

Q_SIGNALS:
    void unreadCountChanged(int unread);

private:
    void recount();

    QList<Notification> m_items;
    int m_unread = 0;
};

} // namespace ccr::client

#pragma once

#include "models/NotificationModel.h"

#include <domain/Ticket.h>

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ccr::client {

class Session;
class TicketListModel;

// Turns pushed events into notifications for the logged-in person:
//   agents    — a ticket assigned to them, a customer's message on their
//               ticket, an SLA target of their ticket about to breach
//               (ticket.slaWarning) and breached;
//   customers — an agent assigned, a staff reply, a status change (not the
//               ones only they make: accepting a resolution, withdrawing).
// Each lands in model() (unread until opened); notified() lets the tray pop
// it up. Changes are judged against the ticket's last known state, which
// the panels' ticket lists seed (watchTickets) and the events keep current.
// Events missed while offline are replayed on reconnect, so what happened
// meanwhile is notified then.
class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(Session *session, QObject *parent = nullptr);

    NotificationModel *model() const { return m_model; }
    // Learns the tickets' current state from a list the panel keeps.
    void watchTickets(const TicketListModel *tickets);

    // The user clicked a notification (menu entry, desktop popup): it is
    // read, and the ticket should open.
    void activate(int row);
    // The ticket was opened some other way: its notifications are read.
    void markTicketRead(qint64 ticketId) { m_model->markTicketRead(ticketId); }

Q_SIGNALS:
    void notified(const ccr::client::NotificationModel::Notification &notification);
    void openTicketRequested(qint64 ticketId);

private:
    void onEvent(const QString &event, const QJsonObject &data);
    void onTicketChanged(const domain::TicketSummary &ticket, bool created);
    void onMessageCreated(const QJsonObject &message);
    void onSlaWarning(const QJsonObject &warning);
    static QString timeLeft(qint64 minutes);
    void notify(NotificationModel::Kind kind, qint64 ticketId, const QString &title, const QString &body);
    void learn(const TicketListModel *tickets, int first, int last, bool overwrite);
    void reset();

    Session *m_session;
    NotificationModel *m_model;
    QHash<qint64, domain::TicketSummary> m_known;
};

} // namespace ccr::client

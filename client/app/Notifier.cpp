#include "Notifier.h"

#include "Session.h"
#include "models/TicketListModel.h"
#include "ui/StatusStyle.h"

#include <protocol/Messages.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using domain::TicketStatus;
using domain::TicketSummary;
using Kind = NotificationModel::Kind;

namespace {
constexpr int kSnippetLength = 120;

QString snippet(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() <= kSnippetLength ? flat : flat.left(kSnippetLength - 1) + u'…';
}
} // namespace

Notifier::Notifier(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new NotificationModel(this))
{
    // Connected before any panel's feed, so a change is judged against the
    // state from before it, not after a list has applied it.
    connect(&session->rpc(), &protocol::RpcClient::eventReceived, this,
            [this](const QString &event, const QJsonObject &data, qint64) { onEvent(event, data); });
    connect(session, &Session::loggedIn, this, &Notifier::reset);
    connect(session, &Session::loggedOut, this, &Notifier::reset);
}

void Notifier::reset()
{
    m_known.clear();
    m_model->clear();
}

void Notifier::watchTickets(const TicketListModel *tickets)
{
    learn(tickets, 0, tickets->rowCount() - 1, true);
    connect(tickets, &QAbstractItemModel::modelReset, this,
            [this, tickets] { learn(tickets, 0, tickets->rowCount() - 1, true); });
    connect(tickets, &QAbstractItemModel::rowsInserted, this,
            [this, tickets](const QModelIndex &, int first, int last) { learn(tickets, first, last, false); });
}

void Notifier::learn(const TicketListModel *tickets, int first, int last, bool overwrite)
{
    for (int row = first; row <= last; ++row) {
        const TicketSummary &ticket = tickets->ticketAt(row);
        if (overwrite || !m_known.contains(ticket.id))
            m_known.insert(ticket.id, ticket);
    }
}

void Notifier::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const qint64 ticketId = m_model->at(row).ticketId;
    m_model->markRead(row);
    Q_EMIT openTicketRequested(ticketId);
}

void Notifier::onEvent(const QString &event, const QJsonObject &data)
{
    if (!m_session->user())
        return;
    if (event == protocol::events::ticketCreated || event == protocol::events::ticketUpdated)
        onTicketChanged(TicketSummary::fromJson(data), event == protocol::events::ticketCreated);
    else if (event == protocol::events::messageCreated)
        onMessageCreated(data.contains(u"message"_s) ? data.value(u"message"_s).toObject() : data);
    else if (event == protocol::events::ticketSlaWarning)
        onSlaWarning(data);
}

void Notifier::onTicketChanged(const TicketSummary &ticket, bool created)
{
    const auto known = m_known.constFind(ticket.id);
    const std::optional<TicketSummary> before =
        known == m_known.constEnd() ? std::nullopt : std::optional<TicketSummary>(*known);
    m_known.insert(ticket.id, ticket);
    const qint64 me = m_session->user()->id;
    const QString subject = ticket.subject;

    if (domain::isStaff(m_session->user()->role)) {
        // Unknown before: only a fresh assignment (status agent_assigned) or
        // a ticket created already assigned counts, not any change to it.
        const bool assignedNow =
            ticket.assigneeId == me
            && (before ? before->assigneeId != me : created || ticket.status == TicketStatus::AgentAssigned);
        if (assignedNow)
            notify(Kind::AssignedToMe, ticket.id, tr("Ticket #%1 was assigned to you").arg(ticket.id), subject);
        const int newBreaches = ticket.slaBreached & ~(before ? before->slaBreached : 0);
        if (ticket.assigneeId == me && newBreaches != 0) {
            const QString what = (newBreaches & domain::ResolutionBreached) ? tr("resolution is overdue")
                                                                            : tr("first response is overdue");
            notify(Kind::SlaBreached, ticket.id, tr("SLA breached on ticket #%1: %2").arg(ticket.id).arg(what),
                   subject);
        }
        return;
    }
    if (created || ticket.customerId != me)
        return; // raising it was their own doing
    const bool assigneeChanged =
        before ? before->assigneeId != ticket.assigneeId : ticket.status == TicketStatus::AgentAssigned;
    if (ticket.assigneeId != 0 && assigneeChanged) {
        notify(Kind::AgentAssigned, ticket.id,
               tr("%1 is now handling your ticket #%2").arg(ticket.assigneeName).arg(ticket.id), subject);
        return;
    }
    if (before && before->status == ticket.status)
        return;
    // Only the customer accepts a resolution or withdraws an open ticket:
    // telling them what they just did is noise.
    const bool ownDoing = ticket.status == TicketStatus::Closed && before
                          && (before->status == TicketStatus::Resolved || before->status == TicketStatus::Open);
    if (!ownDoing)
        notify(Kind::StatusChanged, ticket.id,
               tr("Your ticket #%1 is now: %2").arg(ticket.id).arg(StatusStyle::statusText(ticket.status)), subject);
}

void Notifier::onMessageCreated(const QJsonObject &message)
{
    const qint64 me = m_session->user()->id;
    const qint64 ticketId = message.value(u"ticketId"_s).toInteger();
    const qint64 authorId = message.value(u"authorId"_s).toInteger();
    if (authorId == me || ticketId == 0)
        return;
    const QString author = message.value(u"authorName"_s).toString();
    const QString body = snippet(message.value(u"body"_s).toString());
    const bool fromCustomer = message.value(u"authorRole"_s).toString() == u"customer"_s;
    if (domain::isStaff(m_session->user()->role)) {
        const auto known = m_known.constFind(ticketId);
        if (fromCustomer && known != m_known.constEnd() && known->assigneeId == me)
            notify(Kind::CustomerMessage, ticketId, tr("%1 wrote on ticket #%2").arg(author).arg(ticketId), body);
        return;
    }
    // Customers never receive notes; a chat message from staff is a reply.
    if (!fromCustomer && message.value(u"kind"_s).toString() != u"note"_s)
        notify(Kind::Reply, ticketId, tr("New reply on your ticket #%1").arg(ticketId), author + u": "_s + body);
}

void Notifier::onSlaWarning(const QJsonObject &warning)
{
    // Staff receive every warning; like a breach, it is news for the
    // ticket's assignee (admins learn of breaches by mail).
    const TicketSummary ticket = TicketSummary::fromJson(warning.value(u"ticket"_s).toObject());
    if (!domain::isStaff(m_session->user()->role) || ticket.id == 0)
        return;
    m_known.insert(ticket.id, ticket);
    if (ticket.assigneeId != m_session->user()->id)
        return;
    // The time left as the server saw it when it warned (its clock, not ours).
    const QString left = timeLeft(warning.value(u"minutesLeft"_s).toInteger());
    const QString what = warning.value(u"target"_s).toString() == u"resolution"_s
                             ? tr("resolution due in %1").arg(left)
                             : tr("first response due in %1").arg(left);
    notify(Kind::SlaWarning, ticket.id, tr("SLA about to breach on ticket #%1: %2").arg(ticket.id).arg(what),
           ticket.subject);
}

QString Notifier::timeLeft(qint64 minutes)
{
    // The two largest units in words: "45 minutes", "2 hours 10 minutes", "3 days 4 hours".
    minutes = std::max<qint64>(1, minutes);
    const int days = int(minutes / (24 * 60));
    const int hours = int(minutes / 60 % 24);
    const int rest = int(minutes % 60);
    const QString dayWords = tr("%n day(s)", nullptr, days);
    const QString hourWords = tr("%n hour(s)", nullptr, hours);
    const QString minuteWords = tr("%n minute(s)", nullptr, rest);
    if (days > 0)
        return hours > 0 ? tr("%1 %2", "days then hours").arg(dayWords, hourWords) : dayWords;
    if (hours > 0)
        return rest > 0 ? tr("%1 %2", "hours then minutes").arg(hourWords, minuteWords) : hourWords;
    return minuteWords;
}

void Notifier::notify(Kind kind, qint64 ticketId, const QString &title, const QString &body)
{
    NotificationModel::Notification notification;
    notification.kind = kind;
    notification.ticketId = ticketId;
    notification.title = title;
    notification.body = body;
    m_model->add(notification);
    Q_EMIT notified(notification);
}

} // namespace ccr::client

#pragma once

#include <domain/TicketPriority.h>
#include <domain/TicketStatus.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ccr::client {

// How ticket facts read for a person, in their language: priorities, the
// preferred way to be reached, an agent's presence, a history entry as a
// sentence, the words on a status button, and an SLA target with its time
// left. Kept apart from the widgets so every view says things the same way.
class TicketWords
{
    Q_DECLARE_TR_FUNCTIONS(ccr::client::TicketWords)
public:
    static QString priority(domain::TicketPriority priority);
    static QString priority(const QString &wireName);
    static QString status(const QString &wireName);
    static QString contact(const QString &preferredContact);
    static QString presence(const QString &state);
    // One history entry of ticket.get ({at, actorName, kind, from, to}) as a
    // sentence: "Ada Admin assigned the ticket to Arun Agent".
    static QString historyEntry(const QJsonObject &entry);
    // What the button moving a ticket from -> to says ("Start work",
    // "Reopen", "Accept and close"...); customerAsks: the caller is the customer.
    static QString statusAction(domain::TicketStatus from, domain::TicketStatus to, bool customerAsks);
    // "2 h 5 min", "3 d 4 h", "45 s": the largest two units that matter.
    static QString duration(qint64 seconds);
    // One SLA target: met, breached, time left, or "no target".
    static QString slaTarget(const QDateTime &due, const QDateTime &metAt, bool breached, const QDateTime &now);
    static QString dateTime(const QDateTime &when);
};

} // namespace ccr::client

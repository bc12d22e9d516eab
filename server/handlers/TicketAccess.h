#pragma once

#include <domain/Ticket.h>
#include <domain/TicketLifecycle.h>
#include <domain/User.h>
#include <mail/MailTemplates.h>
#include <protocol/Reply.h>

#include <QHash>

class QSqlDatabase;

namespace ccr::server {

class Transaction;

// Whether a user may see a ticket: its customer, or active staff. Anything
// else is answered exactly like a ticket that does not exist.
bool maySee(const domain::UserProfile &user, const domain::TicketSummary &ticket);
domain::TicketActor actorFor(const domain::UserProfile &user, const domain::TicketSummary &ticket);
protocol::Reply noSuchTicket();

// Queues a mail about a ticket to its customer, threaded per ticket
// ("[#42] subject", In-Reply-To the ticket's root id). Optional mails are
// skipped for customers who turned them off. False only on store failure.
bool queueTicketMail(QSqlDatabase &db, const domain::TicketSummary &ticket, MailTemplate mail,
                     QHash<QString, QString> values, bool optional, const QString &mailDomain, bool *queued);

} // namespace ccr::server

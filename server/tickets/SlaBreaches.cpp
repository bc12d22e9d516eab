#include "SlaBreaches.h"

#include "SlaWarnings.h"

#include <domain/Ticket.h>
#include <handlers/AccountMail.h>
#include <mail/MailComposer.h>
#include <protocol/Messages.h>
#include <store/OutboxRecords.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>

#include <QDateTime>

#include <algorithm>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::Reply;

namespace {

struct BreachKind
{
    int bit;
    QString name; // in the history row
    MailTemplate mail;
    QString query;
};

// The WHERE terms repeat the partial indexes' (schema v6) word for word, so
// SQLite walks only unflagged tickets still waiting for the target.
const QList<BreachKind> &breachKinds()
{
    static const QList<BreachKind> kinds = {
        {domain::FirstResponseBreached, u"first_response"_s, MailTemplate::SlaFirstResponseBreached,
         u"SELECT id, first_response_due FROM tickets WHERE first_responded_at IS NULL AND (sla_breached & 1) = 0 "
         "AND first_response_due <= ? AND status NOT IN ('resolved', 'closed') ORDER BY first_response_due LIMIT ?"_s},
        {domain::ResolutionBreached, u"resolution"_s, MailTemplate::SlaResolutionBreached,
         u"SELECT id, resolution_due FROM tickets WHERE resolved_at IS NULL AND (sla_breached & 2) = 0 "
         "AND resolution_due <= ? ORDER BY resolution_due LIMIT ?"_s},
    };
    return kinds;
}

struct Breach
{
    qint64 ticketId;
    qint64 due;
};

std::optional<QList<Breach>> dueBreaches(QSqlDatabase &db, const BreachKind &kind, qint64 now, int limit)
{
    QSqlQuery query = prepare(db, kind.query);
    query.addBindValue(now);
    query.addBindValue(limit);
    if (!exec(query))
        return std::nullopt;
    QList<Breach> breaches;
    while (query.next())
        breaches.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return breaches;
}

bool markBreached(QSqlDatabase &db, qint64 ticketId, int bit)
{
    QSqlQuery update = prepare(db, u"UPDATE tickets SET sla_breached = sla_breached | ? WHERE id = ?"_s);
    update.addBindValue(bit);
    update.addBindValue(ticketId);
    return exec(update) && update.numRowsAffected() == 1;
}

// The assignee (if any, and still active) and every active admin, once each.
std::optional<QList<domain::UserProfile>> recipientsFor(QSqlDatabase &db, const domain::TicketSummary &ticket,
                                                        const QList<domain::UserProfile> &admins)
{
    QList<domain::UserProfile> recipients = admins;
    if (ticket.assigneeId != 0) {
        const auto assignee = loadUserById(db, ticket.assigneeId);
        if (!assignee)
            return std::nullopt;
        const bool isAdmin = std::any_of(admins.begin(), admins.end(), [&](const domain::UserProfile &admin) {
            return admin.id == ticket.assigneeId;
        });
        if (assignee->active() && !isAdmin)
            recipients.prepend(assignee->profile);
    }
    return recipients;
}

} // namespace

Outcome runSlaPass(QSqlDatabase &db, qint64 now, const QString &mailDomain, int limit)
{
    Transaction transaction(db);
    const auto admins = listUsers(db, {domain::Role::Admin, domain::AccountState::Active, 1000});
    if (!admins)
        return Outcome::of(storeFailure());
    QList<qint64> touched;
    int flagged = 0;
    bool more = false;
    bool mailQueued = false;
    for (const auto &kind : breachKinds()) {
        const auto breaches = dueBreaches(db, kind, now, limit);
        if (!breaches)
            return Outcome::of(storeFailure());
        more = more || breaches->size() >= limit;
        for (const auto &breach : *breaches) {
            const auto ticket = markBreached(db, breach.ticketId, kind.bit)
                                        && recordTicketChange(db, breach.ticketId, {0, u"sla"_s, QString(), kind.name})
                                    ? loadTicketSummary(db, breach.ticketId)
                                    : std::nullopt;
            const auto recipients = ticket ? recipientsFor(db, *ticket, *admins) : std::nullopt;
            if (!recipients)
                return Outcome::of(storeFailure());
            const QHash<QString, QString> values{
                {u"ticket"_s, QString::number(ticket->id)},
                {u"subject"_s, ticket->subject},
                {u"due"_s, QDateTime::fromMSecsSinceEpoch(breach.due, Qt::UTC).toString(u"yyyy-MM-dd hh:mm 'UTC'"_s)},
                {u"agent"_s, ticket->assigneeName.isEmpty() ? u"-"_s : ticket->assigneeName}};
            const QString thread = u"ticket-%1@%2"_s.arg(ticket->id).arg(mailDomain);
            for (const auto &recipient : *recipients) {
                if (!enqueueMail(db, composeMail(kind.mail, recipientOf(recipient), values, mailDomain, thread)))
                    return Outcome::of(storeFailure());
                mailQueued = true;
            }
            if (!touched.contains(ticket->id))
                touched.append(ticket->id);
            ++flagged;
        }
    }
    // One event per ticket, with every bit this pass set.
    for (qint64 ticketId : std::as_const(touched)) {
        const auto ticket = loadTicketSummary(db, ticketId);
        if (!ticket || !transaction.recordEvent(protocol::events::ticketUpdated, ticket->toJson(), ticket->customerId))
            return Outcome::of(storeFailure());
    }
    const auto warnings = sendSlaWarnings(db, transaction, now, limit);
    if (!warnings || !transaction.commit())
        return Outcome::of(storeFailure());
    more = more || warnings->more;
    Outcome outcome{Reply::success({{u"flagged"_s, flagged}, {u"warned"_s, warnings->warned}, {u"more"_s, more}}),
                    transaction.takeEvents()};
    outcome.mailQueued = mailQueued;
    return outcome;
}

} // namespace ccr::server

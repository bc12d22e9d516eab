#include "TicketAccess.h"

#include <mail/MailComposer.h>
#include <store/OutboxRecords.h>
#include <store/UserRecords.h>

namespace ccr::server {

using namespace Qt::StringLiterals;

bool maySee(const domain::UserProfile &user, const domain::TicketSummary &ticket)
{
    if (user.state != domain::AccountState::Active)
        return false;
    return domain::isStaff(user.role) || ticket.customerId == user.id;
}

domain::TicketActor actorFor(const domain::UserProfile &user, const domain::TicketSummary &ticket)
{
    return {user.role, user.role == domain::Role::Customer && ticket.customerId == user.id,
            ticket.assigneeId != 0 && ticket.assigneeId == user.id};
}

protocol::Reply noSuchTicket()
{
    return protocol::Reply::failure(protocol::ErrorCode::NotFound, u"There is no such ticket."_s, u"ticketId"_s);
}

bool queueTicketMail(QSqlDatabase &db, const domain::TicketSummary &ticket, MailTemplate mail,
                     QHash<QString, QString> values, bool optional, const QString &mailDomain, bool *queued)
{
    *queued = false;
    const auto customer = loadUserById(db, ticket.customerId);
    if (!customer)
        return false;
    if (optional && !wantsOptionalMail(db, ticket.customerId))
        return true;
    values.insert(u"ticket"_s, QString::number(ticket.id));
    values.insert(u"subject"_s, ticket.subject);
    const MailRecipient to{customer->profile.email, customer->profile.displayName(), customer->profile.language};
    if (values.contains(u"status"_s))
        values[u"status"_s] = statusLabel(values.value(u"status"_s), to.language);
    const QString thread = u"ticket-%1@%2"_s.arg(ticket.id).arg(mailDomain);
    *queued = enqueueMail(db, composeMail(mail, to, values, mailDomain, thread));
    return *queued;
}

} // namespace ccr::server

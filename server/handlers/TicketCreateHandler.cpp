#include "TicketCreateHandler.h"

#include "TicketCreation.h"

#include <app/ServerConfig.h>
#include <mail/OutboxSender.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

QCoro::Task<Reply> TicketCreateHandler::handle(RequestContext context, QJsonObject json) const
{
    NewTicketRow ticket;
    if (auto refusal = readTicketFields(json, &ticket))
        co_return *refusal;
    ticket.customerId = context.user().id;

    const bool confirmationRequired = context.services->config.confirmationRequired(context.services->mailer.smtp());
    const QString mailDomain = context.services->config.mailDomain;
    auto writing = context.write([ticket, confirmationRequired, mailDomain](QSqlDatabase &db) {
        // Read in the write's own turn on the database thread, so a
        // confirmation made on another connection counts at once.
        const auto customer = loadUserById(db, ticket.customerId);
        if (!customer || (confirmationRequired && !customer->profile.emailConfirmed))
            return Outcome::of(Reply::failure(ErrorCode::EmailUnconfirmed,
                                              u"Confirm your email with the code we sent before raising a ticket."_s));
        Transaction transaction(db);
        const CreatedTicket created = createTicketInTransaction(db, transaction, ticket, mailDomain);
        if (!created.ticket)
            return Outcome::of(created.failure);
        if (!transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome{Reply::success({{u"ticket"_s, created.ticket->toJson()}}), transaction.takeEvents()};
    });
    co_return co_await writing;
}

} // namespace ccr::server

#include "TicketCreateHandler.h"

#include "Params.h"

#include <app/ServerConfig.h>
#include <mail/OutboxSender.h>
#include <protocol/Messages.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>
#include <validation/Rules.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace field = validation::field;

QCoro::Task<Reply> TicketCreateHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    validation::NewTicket ticket;
    ticket.subject = params.requiredString(field::subject, validation::kMaxSubject * 4);
    ticket.description = params.requiredString(field::description, validation::kMaxDescription * 2);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (const auto errors = validation::validate(ticket); !errors.isEmpty()) {
        co_return Reply::failure(protocol::ApiError{ErrorCode::ValidationFailed, errors.first().message,
                                                    errors.first().field, validation::toJson(errors)});
    }

    const qint64 customerId = context.user().id;
    const bool confirmationRequired = context.services->config.confirmationRequired(context.services->mailer.smtp());
    auto writing = context.write([customerId, ticket, confirmationRequired](QSqlDatabase &db) {
        // Read in the write's own turn on the database thread, so a
        // confirmation made on another connection counts at once.
        const auto customer = loadUserById(db, customerId);
        if (!customer || (confirmationRequired && !customer->profile.emailConfirmed))
            return Outcome::of(Reply::failure(ErrorCode::EmailUnconfirmed,
                                              u"Confirm your email with the code we sent before raising a ticket."_s));
        Transaction transaction(db);
        const auto id = insertTicket(db, customerId, ticket.subject.trimmed(), ticket.description.trimmed());
        const auto summary = id ? loadTicketSummary(db, *id) : std::nullopt;
        if (!summary || !transaction.recordEvent(protocol::events::ticketCreated, summary->toJson(), customerId)
            || !transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome{Reply::success({{u"ticket"_s, summary->toJson()}}), transaction.takeEvents()};
    });
    co_return co_await writing;
}

} // namespace ccr::server

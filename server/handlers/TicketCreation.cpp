#include "TicketCreation.h"

#include "Params.h"

#include <protocol/Messages.h>
#include <store/CategoryRecords.h>
#include <store/Sql.h>
#include <store/Transaction.h>
#include <tickets/NewTicketPolicies.h>
#include <validation/Rules.h>
#include <validation/TicketRules.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace field = validation::field;

namespace {

Reply validationFailure(const validation::FieldErrors &errors)
{
    return Reply::failure(protocol::ApiError{ErrorCode::ValidationFailed, errors.first().message, errors.first().field,
                                             validation::toJson(errors)});
}

} // namespace

std::optional<Reply> readTicketFields(const QJsonObject &json, NewTicketRow *ticket)
{
    Params params(json);
    validation::NewTicket text;
    // Generous transport limits; the domain limits are checked by validate().
    text.subject = params.requiredString(field::subject, validation::kMaxSubject * 4);
    text.description = params.requiredString(field::description, validation::kMaxDescription * 2);
    validation::TicketDetails details;
    details.priority = params.optionalString(field::priority, 16);
    details.contactPhone = params.optionalString(field::contactPhone, validation::kMaxPhone * 4);
    details.preferredContact = params.optionalString(field::preferredContact, 16);
    const qint64 categoryId = params.optionalInteger(field::categoryId, 0, qint64(1) << 53, 0);
    if (auto error = params.error())
        return Reply::failure(*error);
    validation::FieldErrors errors = validation::validate(text);
    errors.append(validation::validate(details));
    if (!errors.isEmpty())
        return validationFailure(errors);

    ticket->subject = text.subject.trimmed();
    ticket->description = text.description.trimmed();
    ticket->categoryId = categoryId;
    ticket->priority = domain::priorityFromName(details.priority).value_or(domain::TicketPriority::Normal);
    ticket->contactPhone = details.contactPhone.trimmed();
    ticket->preferredContact = details.preferredContact.isEmpty() ? u"email"_s : details.preferredContact;
    return std::nullopt;
}

CreatedTicket createTicketInTransaction(QSqlDatabase &db, Transaction &transaction, const NewTicketRow &ticket,
                                        const QString &mailDomain)
{
    CreatedTicket created{std::nullopt, storeFailure(), false};
    if (ticket.categoryId > 0) {
        const auto category = loadCategory(db, ticket.categoryId);
        if (!category || !category->active) {
            created.failure = Reply::failure(ErrorCode::ValidationFailed, u"Choose one of the listed categories."_s,
                                             field::categoryId);
            return created;
        }
    }
    const auto id = insertTicket(db, ticket);
    if (!id)
        return created;

    // Steps that shape a new ticket once it exists (priority targets, SLA
    // deadlines, automatic assignment) belong here, before the summary is
    // read, so ticket.created already carries their result.
    if (!applyNewTicketPolicies(db, *id, mailDomain, &created.mailQueued))
        return created;

    auto summary = loadTicketSummary(db, *id);
    if (!summary || !transaction.recordEvent(protocol::events::ticketCreated, summary->toJson(), ticket.customerId))
        return created;
    created.ticket = std::move(summary);
    return created;
}

} // namespace ccr::server

#include "PriorityHandlers.h"

#include "Params.h"
#include "TicketAccess.h"

#include <protocol/Messages.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>
#include <store/Transaction.h>
#include <tickets/PriorityLabels.h>
#include <tickets/SlaDeadlines.h>
#include <tickets/TicketServices.h>
#include <validation/Rules.h>

#include <QJsonArray>

namespace ccr::server {

using namespace Qt::StringLiterals;
using domain::TicketStatus;
using protocol::ErrorCode;
using protocol::Reply;

namespace {

constexpr qint64 kMaxId = qint64(1) << 53;

bool updateTicketPriority(QSqlDatabase &db, qint64 ticketId, domain::TicketPriority priority)
{
    QSqlQuery update = prepare(db, u"UPDATE tickets SET priority = ?, updated_at = ? WHERE id = ?"_s);
    update.addBindValue(domain::priorityName(priority));
    update.addBindValue(nowMs());
    update.addBindValue(ticketId);
    return exec(update) && update.numRowsAffected() == 1;
}

} // namespace

QCoro::Task<Reply> TicketSetPriorityHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 ticketId = params.optionalInteger(u"ticketId"_s, 1, kMaxId, 0);
    const QString name = params.requiredString(u"priority"_s, 16);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (ticketId == 0)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'ticketId' is required."_s, u"ticketId"_s);
    const auto priority = domain::priorityFromName(name);
    if (!priority)
        co_return Reply::failure(ErrorCode::ValidationFailed, u"Priority is low, normal, high or urgent."_s,
                                 u"priority"_s);

    const domain::UserProfile actor = context.user();
    SeverityClassifier *classifier = &context.services->tickets.classifier();
    auto writing = context.write([ticketId, priority = *priority, actor, classifier](QSqlDatabase &db) {
        const auto current = loadTicketSummary(db, ticketId);
        if (!current || !maySee(actor, *current))
            return Outcome::of(noSuchTicket());
        if (current->status == TicketStatus::Closed)
            return Outcome::of(Reply::failure(ErrorCode::InvalidTransition,
                                              u"A closed ticket's priority stays; reopen it first."_s, u"priority"_s));
        Transaction transaction(db);
        const auto label = labelPriority(db, ticketId, priority, actor.id);
        if (!label)
            return Outcome::of(storeFailure());
        const bool changed = current->priority != priority;
        if (changed
            && (!updateTicketPriority(db, ticketId, priority)
                || !recordTicketChange(
                    db, ticketId,
                    {actor.id, u"priority"_s, domain::priorityName(current->priority), domain::priorityName(priority)})
                || !recomputeSlaDeadlines(db, ticketId)))
            return Outcome::of(storeFailure());
        const auto updated = loadTicketSummary(db, ticketId);
        if (!updated
            || (changed
                && !transaction.recordEvent(protocol::events::ticketUpdated, updated->toJson(), updated->customerId))
            || !transaction.commit())
            return Outcome::of(storeFailure());
        // Learned only once the label is stored; a relabelled ticket's old
        // label is taken back first.
        if (label->previous)
            classifier->forget({label->example.subject, label->example.description, *label->previous});
        classifier->learn(label->example);
        return Outcome{Reply::success({{u"ticket"_s, updated->toJson()}}), transaction.takeEvents()};
    });
    co_return co_await writing;
}

QCoro::Task<Reply> TicketSuggestPriorityHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString subject = params.optionalString(u"subject"_s, validation::kMaxSubject * 4);
    const QString description = params.optionalString(u"description"_s, validation::kMaxDescription * 2);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    const SeveritySuggestion suggestion = context.services->tickets.classifier().suggest(subject, description);
    co_return Reply::success({{u"priority"_s, domain::priorityName(suggestion.priority)},
                              {u"confidence"_s, qRound(suggestion.confidence * 100) / 100.0},
                              {u"reasons"_s, QJsonArray::fromStringList(suggestion.reasons)},
                              {u"source"_s, suggestion.source}});
}

} // namespace ccr::server

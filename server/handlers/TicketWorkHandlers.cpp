#include "TicketWorkHandlers.h"

#include "Params.h"
#include "TicketAccess.h"

#include <app/ServerConfig.h>
#include <protocol/Messages.h>
#include <store/RatingRecords.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>
#include <tickets/SlaDeadlines.h>
#include <tickets/TicketAssignment.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using domain::TicketStatus;
using protocol::ErrorCode;
using protocol::Reply;

namespace {

constexpr qint64 kMaxId = std::numeric_limits<qint64>::max() / 2;

QJsonArray statusNames(const QList<TicketStatus> &statuses)
{
    QJsonArray names;
    for (auto status : statuses)
        names.append(domain::statusName(status));
    return names;
}

QJsonObject detailJson(const TicketDetail &detail, const domain::UserProfile &viewer)
{
    const auto actor = actorFor(viewer, detail.summary);
    return {{u"ticket"_s, detail.summary.toJson()},
            {u"description"_s, detail.description},
            {u"history"_s, detail.history},
            {u"allowedStatuses"_s,
             statusNames(domain::allowedNextStatuses(actor, detail.summary.status, detail.summary.assigneeId != 0))}};
}

// Records the change, the event and the customer's mail; commits.
Outcome commitTicketChange(QSqlDatabase &db, Transaction &transaction, qint64 ticketId,
                           const domain::UserProfile &actor, std::optional<MailTemplate> mail,
                           QHash<QString, QString> mailValues, bool optionalMail, const QString &mailDomain)
{
    const auto detail = loadTicketDetail(db, ticketId);
    bool queued = false;
    if (!detail || (mail && !queueTicketMail(db, detail->summary, *mail, mailValues, optionalMail, mailDomain, &queued))
        || !transaction.recordEvent(protocol::events::ticketUpdated, detail->summary.toJson(),
                                    detail->summary.customerId)
        || !transaction.commit())
        return Outcome::of(storeFailure());
    Outcome outcome{Reply::success(detailJson(*detail, actor)), transaction.takeEvents()};
    outcome.mailQueued = queued;
    return outcome;
}

} // namespace

QCoro::Task<Reply> TicketGetHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 ticketId = params.optionalInteger(u"ticketId"_s, 1, kMaxId, 0);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    const domain::UserProfile viewer = context.user();
    auto reading = context.read([ticketId, viewer](QSqlDatabase &db) {
        const auto detail = ticketId ? loadTicketDetail(db, ticketId) : std::nullopt;
        if (!detail || !maySee(viewer, detail->summary))
            return Outcome::of(noSuchTicket());
        QJsonObject result = detailJson(*detail, viewer);
        if (const auto rating = loadRating(db, ticketId))
            result.insert(u"rating"_s, ratingJson(*rating));
        return Outcome::of(Reply::success(result));
    });
    const Outcome outcome = co_await reading;
    co_return outcome.reply;
}

QCoro::Task<Reply> TicketSetStatusHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 ticketId = params.optionalInteger(u"ticketId"_s, 1, kMaxId, 0);
    const QString statusText = params.requiredString(u"status"_s, 32);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    const auto to = domain::statusFromName(statusText);
    if (!to)
        co_return Reply::failure(ErrorCode::InvalidParams, u"Unknown status '%1'."_s.arg(statusText), u"status"_s);

    const domain::UserProfile actor = context.user();
    const QString mailDomain = context.services->config.mailDomain;
    auto writing = context.write([ticketId, to = *to, actor, mailDomain](QSqlDatabase &db) {
        const auto current = ticketId ? loadTicketSummary(db, ticketId) : std::nullopt;
        if (!current || !maySee(actor, *current))
            return Outcome::of(noSuchTicket());
        if (!domain::canChangeStatus(actorFor(actor, *current), current->status, to, current->assigneeId != 0))
            return Outcome::of(Reply::failure(ErrorCode::InvalidTransition,
                                              u"You cannot move this ticket from %1 to %2."_s.arg(
                                                  domain::statusName(current->status), domain::statusName(to)),
                                              u"status"_s));
        Transaction transaction(db);
        if (!updateTicketStatus(db, ticketId, to)
            || !recordTicketChange(db, ticketId,
                                   {actor.id, u"status"_s, domain::statusName(current->status), domain::statusName(to)})
            || !applyStatusToSla(db, ticketId, current->status, to, domain::isStaff(actor.role)))
            return Outcome::of(storeFailure());
        // The customer hears of changes others make; resolution always,
        // because it asks for their feedback.
        std::optional<MailTemplate> mail;
        if (to == TicketStatus::Resolved)
            mail = MailTemplate::TicketResolved;
        else if (actor.id != current->customerId)
            mail = MailTemplate::TicketStatusChanged;
        return commitTicketChange(db, transaction, ticketId, actor, mail,
                                  {{u"status"_s, domain::statusName(to)}, {u"agent"_s, current->assigneeName}},
                                  to != TicketStatus::Resolved, mailDomain);
    });
    co_return co_await writing;
}

QCoro::Task<Reply> TicketAssignHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 ticketId = params.optionalInteger(u"ticketId"_s, 1, kMaxId, 0);
    const qint64 agentId = params.optionalInteger(u"agentId"_s, 1, kMaxId, 0);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (agentId == 0)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'agentId' is required."_s, u"agentId"_s);

    const domain::UserProfile actor = context.user();
    const QString mailDomain = context.services->config.mailDomain;
    auto writing = context.write([ticketId, agentId, actor, mailDomain](QSqlDatabase &db) {
        const auto current = ticketId ? loadTicketSummary(db, ticketId) : std::nullopt;
        if (!current)
            return Outcome::of(noSuchTicket());
        const auto agent = loadUserById(db, agentId);
        if (!agent || agent->profile.role != domain::Role::Agent || !agent->active())
            return Outcome::of(
                Reply::failure(ErrorCode::ValidationFailed, u"Tickets go to active agents only."_s, u"agentId"_s));
        if (current->status == TicketStatus::Closed)
            return Outcome::of(Reply::failure(ErrorCode::InvalidTransition,
                                              u"A closed ticket is not assigned; reopen it first."_s, u"ticketId"_s));
        if (current->assigneeId == agentId)
            return Outcome::of(Reply::success({{u"ticket"_s, current->toJson()}}));
        Transaction transaction(db);
        bool mailQueued = false;
        if (!assignTicket(db, *current, agentId, agent->profile.displayName(), actor.id, mailDomain, &mailQueued))
            return Outcome::of(storeFailure());
        Outcome outcome = commitTicketChange(db, transaction, ticketId, actor, std::nullopt, {}, false, mailDomain);
        outcome.mailQueued = outcome.mailQueued || mailQueued;
        return outcome;
    });
    co_return co_await writing;
}

} // namespace ccr::server

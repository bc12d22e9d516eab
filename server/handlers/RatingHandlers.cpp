#include "RatingHandlers.h"

#include "Params.h"
#include "TicketAccess.h"

#include <protocol/Messages.h>
#include <store/RatingRecords.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>
#include <store/Transaction.h>
#include <validation/AttachmentRules.h>

#include <limits>

namespace ccr::server {

using namespace Qt::StringLiterals;
using domain::TicketStatus;
using protocol::ErrorCode;
using protocol::Reply;

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max() / 2;
}

QCoro::Task<Reply> TicketRateHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 ticketId = params.optionalInteger(u"ticketId"_s, 1, kMaxId, 0);
    const qint64 score =
        params.optionalInteger(u"score"_s, validation::kMinRatingScore, validation::kMaxRatingScore, 0);
    // A generous bound in UTF-16 units first (it bounds the work); the rule
    // itself counts code points, so 2000 emoji are as fine as 2000 letters.
    const QString comment = params.optionalString(u"comment"_s, 4 * validation::kMaxRatingComment).trimmed();
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (ticketId == 0)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'ticketId' is required."_s, u"ticketId"_s);
    if (score == 0)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'score' is required."_s, u"score"_s);
    if (validation::codePointCount(comment) > validation::kMaxRatingComment)
        co_return Reply::failure(ErrorCode::ValidationFailed,
                                 u"Use at most %1 characters."_s.arg(validation::kMaxRatingComment), u"comment"_s);

    const domain::UserProfile customer = context.user();
    auto writing = context.write([ticketId, score, comment, customer](QSqlDatabase &db) {
        const auto ticket = loadTicketSummary(db, ticketId);
        if (!ticket || ticket->customerId != customer.id || !maySee(customer, *ticket))
            return Outcome::of(noSuchTicket());
        if (ticket->status == TicketStatus::Closed)
            return Outcome::of(Reply::failure(
                ErrorCode::TicketClosed, u"The ticket is closed; its rating can no longer change."_s, u"ticketId"_s));
        if (ticket->status != TicketStatus::Resolved)
            return Outcome::of(Reply::failure(ErrorCode::TicketNotResolved,
                                              u"Feedback is given once the ticket is resolved."_s, u"ticketId"_s));
        if (ticket->assigneeId == 0)
            return Outcome::of(Reply::failure(ErrorCode::ValidationFailed,
                                              u"No agent worked on this ticket, so there is nobody to rate."_s,
                                              u"ticketId"_s));
        const RatingRow rating{ticketId, customer.id, ticket->assigneeId, int(score), comment, nowMs()};
        Transaction transaction(db);
        const QJsonObject json = ratingJson(rating);
        if (!saveRating(db, rating, loadRating(db, ticketId))
            || !transaction.recordEvent(protocol::events::ticketRated, {{u"ticketId"_s, ticketId}, {u"rating"_s, json}},
                                        customer.id)
            || !transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome{Reply::success({{u"rating"_s, json}}), transaction.takeEvents()};
    });
    co_return co_await writing;
}

QCoro::Task<Reply> AgentStatsHandler::handle(RequestContext context, QJsonObject) const
{
    auto reading = context.read([](QSqlDatabase &db) {
        const auto agents = loadAgentStats(db);
        return Outcome::of(agents ? Reply::success({{u"agents"_s, *agents}}) : storeFailure());
    });
    const Outcome outcome = co_await reading;
    co_return outcome.reply;
}

} // namespace ccr::server

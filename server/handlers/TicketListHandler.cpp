#include "TicketListHandler.h"

#include "Params.h"

#include <store/EventRecords.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>

#include <QJsonArray>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::Reply;

namespace {
constexpr int kMaxPage = 200;
}

QCoro::Task<Reply> TicketListHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    TicketListQuery query;
    query.limit = int(params.optionalInteger(u"limit"_s, 1, kMaxPage, 50));
    query.beforeId = params.optionalInteger(u"beforeId"_s, 0, std::numeric_limits<qint64>::max() / 2, 0);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (!domain::isStaff(context.user().role))
        query.customerId = context.user().id;

    auto reading = context.read([query](QSqlDatabase &db) {
        // Head first, then the page, on the one database thread: no write can
        // land between them, so "current to eventSeq" is exact.
        const auto head = eventHead(db);
        const auto tickets = listTickets(db, query);
        if (!head || !tickets)
            return Outcome::of(storeFailure());
        QJsonArray rows;
        for (const auto &ticket : *tickets)
            rows.append(ticket.toJson());
        return Outcome::of(Reply::success({{u"tickets"_s, rows}, {u"eventSeq"_s, *head}}));
    });
    const Outcome outcome = co_await reading;
    co_return outcome.reply;
}

} // namespace ccr::server

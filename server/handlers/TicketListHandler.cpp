#include "TicketListHandler.h"

#include "TicketListRequest.h"

#include <store/EventRecords.h>
#include <store/Sql.h>
#include <store/TicketSearch.h>

#include <QJsonArray>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::Reply;

QCoro::Task<Reply> TicketListHandler::handle(RequestContext context, QJsonObject json) const
{
    TicketListQuery query;
    if (auto refusal = readTicketListQuery(json, context.user(), &query))
        co_return *refusal;

    auto reading = context.read([query](QSqlDatabase &db) {
        // Head first, then the page, on the one database thread: no write can
        // land between them, so "current to eventSeq" is exact.
        const auto head = eventHead(db);
        const auto page = listTickets(db, query);
        if (!head || !page)
            return Outcome::of(storeFailure());
        QJsonArray rows;
        for (const auto &ticket : page->tickets)
            rows.append(ticket.toJson());
        QJsonObject result{{u"tickets"_s, rows}, {u"eventSeq"_s, *head}};
        if (page->next)
            result.insert(u"nextCursor"_s, encodeTicketCursor(query, *page->next));
        return Outcome::of(Reply::success(result));
    });
    const Outcome outcome = co_await reading;
    co_return outcome.reply;
}

} // namespace ccr::server

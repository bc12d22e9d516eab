#include "DebugHandlers.h"

#include "Params.h"

#include <app/ServerConfig.h>
#include <store/Sql.h>
#include <tickets/TicketServices.h>

#include <QDateTime>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

QCoro::Task<Reply> DebugAdvanceClockHandler::handle(RequestContext context, QJsonObject json) const
{
    if (!context.services->config.testClock)
        co_return Reply::failure(ErrorCode::Forbidden,
                                 u"The clock can only be moved on a server started with --test-clock."_s);
    Params params(json);
    const qint64 minutes = params.optionalInteger(u"minutes"_s, 1, 366 * 24 * 60, 0);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (minutes == 0)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'minutes' is required."_s, u"minutes"_s);
    advanceClock(minutes * 60 * 1000);
    auto checking = context.services->tickets.sla().checkNow();
    const auto counts = co_await checking;
    if (!counts)
        co_return storeFailure();
    co_return Reply::success({{u"now"_s, QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC).toString(Qt::ISODateWithMs)},
                              {u"breachesFlagged"_s, counts->breaches},
                              {u"slaWarnings"_s, counts->warnings}});
}

} // namespace ccr::server

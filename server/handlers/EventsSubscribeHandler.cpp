#include "EventsSubscribeHandler.h"

#include "Params.h"

#include <net/EventHub.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::Reply;

QCoro::Task<Reply> EventsSubscribeHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 since = params.optionalInteger(u"since"_s, 0, std::numeric_limits<qint64>::max() / 2, 0);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    auto subscribing = context.services->hub.subscribe(context, since);
    co_return co_await subscribing;
}

} // namespace ccr::server

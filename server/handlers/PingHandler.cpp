#include "PingHandler.h"

namespace ccr::server {

QCoro::Task<protocol::Reply> PingHandler::handle(RequestContext, QJsonObject) const
{
    co_return protocol::Reply::success();
}

} // namespace ccr::server

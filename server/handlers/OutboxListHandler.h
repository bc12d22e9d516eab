#pragma once

#include "Handler.h"

namespace ccr::server {

// outbox.list: admins see queued, sent and failed mails with the last error.
class OutboxListHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

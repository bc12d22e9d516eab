#pragma once

#include "Handler.h"

namespace ccr::server {

// mail.sendTest: an admin queues a test mail to check the SMTP settings; the
// outcome shows in outbox.list like any other mail.
class MailSendTestHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

#pragma once

#include "Handler.h"

namespace ccr::server {

// settings.smtp.get: the effective SMTP settings, without the password.
class SmtpSettingsGetHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// settings.smtp.set: an admin changes any of host, port, security,
// username, password, fromAddress, fromName; the sender uses them at once.
class SmtpSettingsSetHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

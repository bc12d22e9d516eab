#pragma once

#include "Handler.h"

namespace ccr::server {

// profile.get: the caller's own account (never anyone else's: there is no
// user id parameter to guess).
class ProfileGetHandler final : public Handler
{
public:
    Access access() const override { return Access::AnyAccount; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// profile.update: name, phone, language, whether optional mails are wanted.
class ProfileUpdateHandler final : public Handler
{
public:
    Access access() const override { return Access::AnyAccount; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// profile.changePassword: the old password is required; other sessions of
// the account end, this one stays.
class ProfileChangePasswordHandler final : public Handler
{
public:
    Access access() const override { return Access::AnyAccount; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

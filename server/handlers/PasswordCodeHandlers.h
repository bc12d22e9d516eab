#pragma once

#include "Handler.h"

#include <store/CodeRecords.h>

namespace ccr::server {

// auth.requestPasswordReset: mails a reset code if the email belongs to an
// account. The answer is the same either way, so nobody learns who is
// registered.
class AuthRequestPasswordResetHandler final : public Handler
{
public:
    Access access() const override { return Access::Anyone; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// auth.resetPassword and auth.acceptInvitation: email, mailed code and a new
// password. A reset ends every session of the account; accepting an
// invitation activates the invited agent or admin.
class AuthRedeemPasswordCodeHandler final : public Handler
{
public:
    explicit AuthRedeemPasswordCodeHandler(CodePurpose purpose)
        : m_purpose(purpose)
    {
    }
    Access access() const override { return Access::Anyone; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;

private:
    CodePurpose m_purpose;
};

} // namespace ccr::server

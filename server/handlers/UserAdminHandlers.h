#pragma once

#include "Handler.h"

#include <domain/User.h>

#include <QList>

namespace ccr::server {

// user.invite: an admin creates an agent or another admin; the new user gets
// a mailed code to set their password (auth.acceptInvitation).
class UserInviteHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// user.list: admins list accounts, optionally by role and state.
class UserListHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// user.approve / user.reject / user.deactivate / user.reactivate: one state
// change, allowed only from the listed states. Leaving "active" ends the
// user's sessions at once, on every connection.
class UserSetStateHandler final : public Handler
{
public:
    UserSetStateHandler(QList<domain::AccountState> from, domain::AccountState to)
        : m_from(std::move(from))
        , m_to(to)
    {
    }
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;

private:
    QList<domain::AccountState> m_from;
    domain::AccountState m_to;
};

// user.endSessions: an admin logs a user out everywhere (lost laptop).
class UserEndSessionsHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

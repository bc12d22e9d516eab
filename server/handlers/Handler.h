#pragma once

#include "RequestContext.h"

#include <protocol/Reply.h>

#include <QJsonObject>

namespace ccr::server {

// Who may call a method; the dispatcher checks this before the handler runs,
// the handler then checks ownership of what it touches.
enum class Access
{
    Anyone,        // after hello, logged in or not
    AnyAccount,    // logged in, whatever the account's state (a pending agent sees its profile)
    Authenticated, // logged in with an active account, any role
    Customer,      // these three need an active account too
    Staff,         // agents and admins
    Admin,
};

// One command of the protocol. Handlers are stateless and live as long as
// the server; everything per-request comes in the context.
class Handler
{
public:
    virtual ~Handler() = default;
    virtual Access access() const = 0;
    virtual QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const = 0;
};

} // namespace ccr::server

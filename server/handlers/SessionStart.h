#pragma once

#include "RequestContext.h"

#include <domain/User.h>
#include <protocol/Reply.h>

namespace ccr::server {

// Creates a session for a user who proved who they are, binds it to the
// connection, and builds the login answer (token, expiry, profile).
QCoro::Task<protocol::Reply> startSession(RequestContext context, domain::UserProfile user);

} // namespace ccr::server

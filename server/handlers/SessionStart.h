#pragma once

#include "RequestContext.h"

#include <domain/User.h>
#include <protocol/Reply.h>

namespace ccr::server {

// Creates a session for a user who proved who they are, binds it to the
// connection, and builds the login answer (token, expiry, profile). A login
// from a client id the user has not used before queues a login alert, in
// the same transaction (not for the very first client of an account).
QCoro::Task<protocol::Reply> startSession(RequestContext context, domain::UserProfile user, QString clientId);

} // namespace ccr::server

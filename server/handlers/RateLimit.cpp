#include "RateLimit.h"

namespace ccr::server {

using namespace Qt::StringLiterals;

protocol::Reply tooManyAttempts(int waitSeconds)
{
    protocol::Reply reply = protocol::Reply::failure(
        protocol::ErrorCode::RateLimited, u"Too many attempts. Wait %1 seconds, then try again."_s.arg(waitSeconds));
    reply.error->retryAfterSeconds = waitSeconds;
    return reply;
}

} // namespace ccr::server

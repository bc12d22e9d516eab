#pragma once

#include <QtGlobal>

namespace ccr::server {

// Per-connection limits; from ServerConfig, shortened by tests.
struct SessionLimits
{
    int helloTimeoutMs = 10'000;              // connect, then say hello within this
    int idleTimeoutMs = 120'000;              // no complete frame for this long: closed (clients ping every 30 s)
    int maxInFlight = 64;                     // concurrent requests per connection
    qint64 maxSendBacklog = 16 * 1024 * 1024; // a reader this far behind is dropped; it resumes by seq
};

} // namespace ccr::server

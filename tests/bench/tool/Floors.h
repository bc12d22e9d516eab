#pragma once

#include "LatencyStats.h"

#include <QString>

namespace ccr::bench {

// What the machine itself allows, measured by ccr-bench next to the scenarios
// so every figure can be read against its floor.
struct FloorResult
{
    LatencyStats latency;
    QString error;
};

// Round trips of one byte to a tiny blocking echo thread over loopback TCP
// (TCP_NODELAY on both ends): the cost of the kernel path with no TLS, JSON or event loop.
FloorResult measureTcpRoundTrip(int roundTrips);
// Appending 256 bytes to a file and fdatasync() each time, in the given
// directory: the cost of one durable commit on this file system.
FloorResult measureFsync(const QString &directory, int syncs);

} // namespace ccr::bench

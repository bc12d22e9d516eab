#pragma once

#include <QtGlobal>

namespace ccr::server {

// Attachment limits; from ServerConfig (--attachment-*), shortened by tests.
struct AttachmentLimits
{
    qint64 maxBytes = 10 * 1024 * 1024; // one file
    int maxPerMessage = 5;              // finished but unclaimed plus in-progress uploads per user and ticket
    int maxUploadsPerConnection = 4;    // uploads in progress at once on one connection
    int idleTimeoutMs = 120'000;        // an upload without a chunk for this long is abandoned
    // Raw bytes per chunk: base64 makes it 4/3 larger, which stays far under
    // the 1 MiB frame cap together with the envelope.
    static constexpr qint64 chunkBytes = 256 * 1024;
};

} // namespace ccr::server

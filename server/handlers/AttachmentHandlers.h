#pragma once

#include "Handler.h"

namespace ccr::server {

// Attachments travel in chunks (never a whole file in one frame) and are
// stored by content hash; see docs/architecture.md "Attachments".

// attachment.begin: announces a file for a ticket the caller can see; checks
// the name, type, size and count limits before a byte is sent.
class AttachmentBeginHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// attachment.chunk: the next bytes of an upload, at exactly the offset
// received so far; written on the file thread.
class AttachmentChunkHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// attachment.finish: checks size and SHA-256, stores the file under its hash
// and records an attachment row that a message can claim.
class AttachmentFinishHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// attachment.cancel: drops an upload and its bytes.
class AttachmentCancelHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// attachment.download: a chunk of a stored attachment, for those who may
// see it (customers: their own tickets, never a file on an internal note).
class AttachmentDownloadHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

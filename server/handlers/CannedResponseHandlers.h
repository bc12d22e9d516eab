#pragma once

#include "Handler.h"

namespace ccr::server {

// canned.list: the shared canned responses and the caller's own; with a
// ticketId also the values for their placeholders on that ticket
// (domain/CannedText.h), so the client can fill them in without more calls.
class CannedListHandler final : public Handler
{
public:
    Access access() const override { return Access::Staff; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// canned.save: creates (no id) or edits one. Personal ones belong to their
// author alone; shared ones are created and edited by admins only.
class CannedSaveHandler final : public Handler
{
public:
    Access access() const override { return Access::Staff; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// canned.delete: the same rights as editing.
class CannedDeleteHandler final : public Handler
{
public:
    Access access() const override { return Access::Staff; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

#pragma once

#include "Handler.h"

namespace ccr::server {

// message.send: a chat message (customer ↔ staff) or an internal note
// (staff only) on a ticket the sender can see, with the sender's finished
// uploads claimed in the same transaction. Pushed as message.created; an
// offline recipient's chat is queued for one batched mail (ChatMailBatcher).
class MessageSendHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// message.list: a ticket's conversation in pages, newest first; customers
// get chat only, never notes. Also the read markers and the event head.
class MessageListHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// message.typing: tells the ticket's other live participants that someone
// is typing; transient (never stored), at most one per ticket per 2 s per
// connection goes out.
class MessageTypingHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// message.markRead: moves the caller's read marker forward on a ticket and
// pushes message.read.
class MessageMarkReadHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

#pragma once

#include "StoredEvent.h"

#include <protocol/Reply.h>

namespace ccr::server {

// What a unit of store work hands back to the network thread: the reply for
// the requester and the events its transaction committed (empty on rollback).
struct Outcome
{
    protocol::Reply reply;
    StoredEvents events;
    bool mailQueued = false; // the transaction put mail in the outbox: wake the sender

    static Outcome of(protocol::Reply reply) { return Outcome{std::move(reply), {}}; }
};

} // namespace ccr::server

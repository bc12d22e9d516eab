#pragma once

#include "ServerServices.h"
#include "SessionState.h"

#include <store/Database.h>

#include <QPointer>

#include <qcoro/qcorofuture.h>

#include <memory>

namespace ccr::server {

class ClientSession;

// Everything one request may reach. Copied into the handler's coroutine frame;
// `connection` goes null if the client disconnects while the request runs.
struct RequestContext
{
    ServerServices *services = nullptr;
    std::shared_ptr<SessionState> session;
    QPointer<ClientSession> connection;

    // Runs store work and publishes the events it committed to every
    // subscriber allowed to see them; returns the reply for the requester.
    QCoro::Task<protocol::Reply> write(Database::Work work) const;
    QFuture<Outcome> read(Database::Work work) const;
    const domain::UserProfile &user() const { return *session->user; }
};

} // namespace ccr::server

#include "RequestContext.h"

#include <mail/OutboxSender.h>
#include <net/EventHub.h>

#include <qcoro/qcorofuture.h>

namespace ccr::server {

QCoro::Task<protocol::Reply> RequestContext::write(Database::Work work) const
{
    EventHub *hub = &services->hub;
    OutboxSender *mailer = &services->mailer;
    QFuture<Outcome> pending = services->db.run(std::move(work));
    Outcome outcome = co_await pending;
    if (!outcome.events.isEmpty()) {
        // Fan-out waits for the next turn of the event loop, so the requester's
        // response goes out before the same change is encoded for every
        // subscriber. Queued calls keep their order, and a client subscribing
        // meanwhile gets the event from its replay (duplicates are dropped by seq).
        QMetaObject::invokeMethod(
            mailer, [hub, events = std::move(outcome.events)] { hub->publish(events); }, Qt::QueuedConnection);
    }
    if (outcome.mailQueued)
        mailer->wake();
    co_return outcome.reply;
}

QFuture<Outcome> RequestContext::read(Database::Work work) const
{
    return services->db.run(std::move(work));
}

} // namespace ccr::server

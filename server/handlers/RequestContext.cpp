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
    hub->publish(outcome.events);
    if (outcome.mailQueued)
        mailer->wake();
    co_return outcome.reply;
}

QFuture<Outcome> RequestContext::read(Database::Work work) const
{
    return services->db.run(std::move(work));
}

} // namespace ccr::server

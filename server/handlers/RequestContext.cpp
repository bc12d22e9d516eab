#include "RequestContext.h"

#include <net/EventHub.h>

namespace ccr::server {

QCoro::Task<protocol::Reply> RequestContext::write(Database::Work work) const
{
    EventHub *hub = &services->hub;
    Outcome outcome = co_await services->db.run(std::move(work));
    hub->publish(outcome.events);
    co_return outcome.reply;
}

QCoro::Task<Outcome> RequestContext::read(Database::Work work) const
{
    co_return co_await services->db.run(std::move(work));
}

} // namespace ccr::server

#include "HandlerRegistry.h"

#include "AuthLoginHandler.h"
#include "AuthLogoutHandler.h"
#include "AuthRegisterHandler.h"
#include "AuthResumeHandler.h"
#include "EventsSubscribeHandler.h"
#include "MailSendTestHandler.h"
#include "OutboxListHandler.h"
#include "SmtpSettingsHandler.h"
#include "PingHandler.h"
#include "TicketCreateHandler.h"
#include "TicketListHandler.h"

#include <protocol/Messages.h>

namespace ccr::server {

namespace methods = protocol::methods;

HandlerRegistry HandlerRegistry::standard()
{
    HandlerRegistry registry;
    registry.add(methods::ping, std::make_unique<PingHandler>());
    registry.add(methods::authRegister, std::make_unique<AuthRegisterHandler>());
    registry.add(methods::authLogin, std::make_unique<AuthLoginHandler>());
    registry.add(methods::authResume, std::make_unique<AuthResumeHandler>());
    registry.add(methods::authLogout, std::make_unique<AuthLogoutHandler>());
    registry.add(methods::ticketCreate, std::make_unique<TicketCreateHandler>());
    registry.add(methods::ticketList, std::make_unique<TicketListHandler>());
    registry.add(methods::eventsSubscribe, std::make_unique<EventsSubscribeHandler>());
    registry.add(methods::mailSendTest, std::make_unique<MailSendTestHandler>());
    registry.add(methods::outboxList, std::make_unique<OutboxListHandler>());
    registry.add(methods::settingsSmtpGet, std::make_unique<SmtpSettingsGetHandler>());
    registry.add(methods::settingsSmtpSet, std::make_unique<SmtpSettingsSetHandler>());
    return registry;
}

void HandlerRegistry::add(const QString &method, std::unique_ptr<Handler> handler)
{
    m_handlers.insert(method, std::move(handler));
}

const Handler *HandlerRegistry::find(const QString &method) const
{
    const auto it = m_handlers.constFind(method);
    return it == m_handlers.constEnd() ? nullptr : it->get();
}

} // namespace ccr::server

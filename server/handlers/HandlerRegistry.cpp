#include "HandlerRegistry.h"

#include "AssignmentHandlers.h"
#include "AttachmentHandlers.h"
#include "AuthConfirmEmailHandler.h"
#include "AuthLoginHandler.h"
#include "AuthLogoutHandler.h"
#include "AuthRegisterHandler.h"
#include "AuthResumeHandler.h"
#include "CannedResponseHandlers.h"
#include "CategoryHandlers.h"
#include "CustomerSearchHandler.h"
#include "DebugHandlers.h"
#include "EventsSubscribeHandler.h"
#include "MailSendTestHandler.h"
#include "MessageHandlers.h"
#include "OutboxListHandler.h"
#include "PasswordCodeHandlers.h"
#include "PingHandler.h"
#include "PresenceHandlers.h"
#include "PriorityHandlers.h"
#include "ProfileHandlers.h"
#include "RatingHandlers.h"
#include "SlaSettingsHandlers.h"
#include "SmtpSettingsHandler.h"
#include "TicketCreateForCustomerHandler.h"
#include "TicketCreateHandler.h"
#include "TicketListHandler.h"
#include "TicketWorkHandlers.h"
#include "UserAdminHandlers.h"

#include <protocol/Messages.h>

namespace ccr::server {

namespace methods = protocol::methods;

HandlerRegistry HandlerRegistry::standard()
{
    HandlerRegistry registry;
    registry.add(methods::ping, std::make_unique<PingHandler>());
    registry.add(methods::authRegister, std::make_unique<AuthRegisterHandler>(domain::Role::Customer));
    registry.add(methods::authRegisterAgent, std::make_unique<AuthRegisterHandler>(domain::Role::Agent));
    registry.add(methods::authConfirmEmail, std::make_unique<AuthConfirmEmailHandler>());
    registry.add(methods::authResendConfirmation, std::make_unique<AuthResendConfirmationHandler>());
    registry.add(methods::authRequestPasswordReset, std::make_unique<AuthRequestPasswordResetHandler>());
    registry.add(methods::authResetPassword,
                 std::make_unique<AuthRedeemPasswordCodeHandler>(CodePurpose::ResetPassword));
    registry.add(methods::authAcceptInvitation,
                 std::make_unique<AuthRedeemPasswordCodeHandler>(CodePurpose::Invitation));
    using State = domain::AccountState;
    registry.add(methods::userInvite, std::make_unique<UserInviteHandler>());
    registry.add(methods::userList, std::make_unique<UserListHandler>());
    registry.add(methods::userApprove, std::make_unique<UserSetStateHandler>(QList{State::Pending}, State::Active));
    registry.add(methods::userReject, std::make_unique<UserSetStateHandler>(QList{State::Pending}, State::Rejected));
    registry.add(methods::userDeactivate,
                 std::make_unique<UserSetStateHandler>(QList{State::Active, State::Invited}, State::Deactivated));
    registry.add(methods::userReactivate,
                 std::make_unique<UserSetStateHandler>(QList{State::Deactivated}, State::Active));
    registry.add(methods::userEndSessions, std::make_unique<UserEndSessionsHandler>());
    registry.add(methods::profileGet, std::make_unique<ProfileGetHandler>());
    registry.add(methods::profileUpdate, std::make_unique<ProfileUpdateHandler>());
    registry.add(methods::profileChangePassword, std::make_unique<ProfileChangePasswordHandler>());
    registry.add(methods::authLogin, std::make_unique<AuthLoginHandler>());
    registry.add(methods::authResume, std::make_unique<AuthResumeHandler>());
    registry.add(methods::authLogout, std::make_unique<AuthLogoutHandler>());
    registry.add(methods::ticketCreate, std::make_unique<TicketCreateHandler>());
    registry.add(methods::ticketList, std::make_unique<TicketListHandler>());
    registry.add(methods::ticketGet, std::make_unique<TicketGetHandler>());
    registry.add(methods::ticketSetStatus, std::make_unique<TicketSetStatusHandler>());
    registry.add(methods::ticketAssign, std::make_unique<TicketAssignHandler>());
    registry.add(methods::ticketCreateForCustomer, std::make_unique<TicketCreateForCustomerHandler>());
    registry.add(methods::customerSearch, std::make_unique<CustomerSearchHandler>());
    registry.add(methods::categoryList, std::make_unique<CategoryListHandler>());
    registry.add(methods::categorySave, std::make_unique<CategorySaveHandler>());
    registry.add(methods::eventsSubscribe, std::make_unique<EventsSubscribeHandler>());
    registry.add(methods::mailSendTest, std::make_unique<MailSendTestHandler>());
    registry.add(methods::outboxList, std::make_unique<OutboxListHandler>());
    registry.add(methods::settingsSmtpGet, std::make_unique<SmtpSettingsGetHandler>());
    registry.add(methods::settingsSmtpSet, std::make_unique<SmtpSettingsSetHandler>());
    registry.add(methods::messageSend, std::make_unique<MessageSendHandler>());
    registry.add(methods::messageList, std::make_unique<MessageListHandler>());
    registry.add(methods::messageTyping, std::make_unique<MessageTypingHandler>());
    registry.add(methods::messageMarkRead, std::make_unique<MessageMarkReadHandler>());
    registry.add(methods::cannedList, std::make_unique<CannedListHandler>());
    registry.add(methods::cannedSave, std::make_unique<CannedSaveHandler>());
    registry.add(methods::cannedDelete, std::make_unique<CannedDeleteHandler>());
    registry.add(methods::ticketSetPriority, std::make_unique<TicketSetPriorityHandler>());
    registry.add(methods::ticketSuggestPriority, std::make_unique<TicketSuggestPriorityHandler>());
    registry.add(methods::settingsSlaGet, std::make_unique<SlaSettingsGetHandler>());
    registry.add(methods::settingsSlaSet, std::make_unique<SlaSettingsSetHandler>());
    registry.add(methods::settingsAssignmentGet, std::make_unique<AssignmentSettingsGetHandler>());
    registry.add(methods::settingsAssignmentSet, std::make_unique<AssignmentSettingsSetHandler>());
    registry.add(methods::agentSetSkills, std::make_unique<AgentSetSkillsHandler>());
    registry.add(methods::presenceSet, std::make_unique<PresenceSetHandler>());
    registry.add(methods::presenceList, std::make_unique<PresenceListHandler>());
    registry.add(methods::debugAdvanceClock, std::make_unique<DebugAdvanceClockHandler>());
    registry.add(methods::attachmentBegin, std::make_unique<AttachmentBeginHandler>());
    registry.add(methods::attachmentChunk, std::make_unique<AttachmentChunkHandler>());
    registry.add(methods::attachmentFinish, std::make_unique<AttachmentFinishHandler>());
    registry.add(methods::attachmentCancel, std::make_unique<AttachmentCancelHandler>());
    registry.add(methods::attachmentDownload, std::make_unique<AttachmentDownloadHandler>());
    registry.add(methods::ticketRate, std::make_unique<TicketRateHandler>());
    registry.add(methods::agentStats, std::make_unique<AgentStatsHandler>());
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

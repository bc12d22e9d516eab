#pragma once

#include <QLatin1StringView>

// The one registry of message kinds, request methods and pushed events.
// Append only: names are the wire contract, and docs/protocol.md has an entry
// for each. Client, server, tests and ccr-bench all spell them from here.
namespace ccr::protocol {

namespace kinds {
inline constexpr QLatin1StringView hello{"hello"};       // client -> server, first frame
inline constexpr QLatin1StringView welcome{"welcome"};   // server -> client, answer to hello
inline constexpr QLatin1StringView request{"request"};   // client -> server
inline constexpr QLatin1StringView response{"response"}; // server -> client, names the request id
inline constexpr QLatin1StringView event{"event"};       // server -> client, pushed, carries seq
inline constexpr QLatin1StringView goodbye{"goodbye"};   // server -> client, error before closing
} // namespace kinds

namespace methods {
inline constexpr QLatin1StringView ping{"ping"};
inline constexpr QLatin1StringView authRegister{"auth.register"};
inline constexpr QLatin1StringView authLogin{"auth.login"};
inline constexpr QLatin1StringView authResume{"auth.resume"};
inline constexpr QLatin1StringView authLogout{"auth.logout"};
inline constexpr QLatin1StringView ticketCreate{"ticket.create"};
inline constexpr QLatin1StringView ticketList{"ticket.list"};
inline constexpr QLatin1StringView eventsSubscribe{"events.subscribe"};
inline constexpr QLatin1StringView mailSendTest{"mail.sendTest"};
inline constexpr QLatin1StringView outboxList{"outbox.list"};
inline constexpr QLatin1StringView settingsSmtpGet{"settings.smtp.get"};
inline constexpr QLatin1StringView settingsSmtpSet{"settings.smtp.set"};
inline constexpr QLatin1StringView authRegisterAgent{"auth.registerAgent"};
inline constexpr QLatin1StringView authConfirmEmail{"auth.confirmEmail"};
inline constexpr QLatin1StringView authResendConfirmation{"auth.resendConfirmation"};
inline constexpr QLatin1StringView authRequestPasswordReset{"auth.requestPasswordReset"};
inline constexpr QLatin1StringView authResetPassword{"auth.resetPassword"};
inline constexpr QLatin1StringView authAcceptInvitation{"auth.acceptInvitation"};
inline constexpr QLatin1StringView userInvite{"user.invite"};
inline constexpr QLatin1StringView userList{"user.list"};
inline constexpr QLatin1StringView userApprove{"user.approve"};
inline constexpr QLatin1StringView userReject{"user.reject"};
inline constexpr QLatin1StringView userDeactivate{"user.deactivate"};
inline constexpr QLatin1StringView userReactivate{"user.reactivate"};
inline constexpr QLatin1StringView userEndSessions{"user.endSessions"};
inline constexpr QLatin1StringView profileGet{"profile.get"};
inline constexpr QLatin1StringView profileUpdate{"profile.update"};
inline constexpr QLatin1StringView profileChangePassword{"profile.changePassword"};
inline constexpr QLatin1StringView ticketGet{"ticket.get"};
inline constexpr QLatin1StringView ticketSetStatus{"ticket.setStatus"};
inline constexpr QLatin1StringView ticketAssign{"ticket.assign"};
inline constexpr QLatin1StringView ticketCreateForCustomer{"ticket.createForCustomer"};
inline constexpr QLatin1StringView customerSearch{"customer.search"};
inline constexpr QLatin1StringView categoryList{"category.list"};
inline constexpr QLatin1StringView categorySave{"category.save"};
inline constexpr QLatin1StringView messageSend{"message.send"};
inline constexpr QLatin1StringView messageList{"message.list"};
inline constexpr QLatin1StringView messageTyping{"message.typing"};
inline constexpr QLatin1StringView messageMarkRead{"message.markRead"};
inline constexpr QLatin1StringView cannedList{"canned.list"};
inline constexpr QLatin1StringView cannedSave{"canned.save"};
inline constexpr QLatin1StringView cannedDelete{"canned.delete"};
inline constexpr QLatin1StringView ticketSetPriority{"ticket.setPriority"};
inline constexpr QLatin1StringView ticketSuggestPriority{"ticket.suggestPriority"};
inline constexpr QLatin1StringView settingsSlaGet{"settings.sla.get"};
inline constexpr QLatin1StringView settingsSlaSet{"settings.sla.set"};
inline constexpr QLatin1StringView settingsAssignmentGet{"settings.assignment.get"};
inline constexpr QLatin1StringView settingsAssignmentSet{"settings.assignment.set"};
inline constexpr QLatin1StringView agentSetSkills{"agent.setSkills"};
inline constexpr QLatin1StringView presenceSet{"presence.set"};
inline constexpr QLatin1StringView presenceList{"presence.list"};
inline constexpr QLatin1StringView debugAdvanceClock{"debug.advanceClock"}; // only with ccr-server --test-clock
inline constexpr QLatin1StringView attachmentBegin{"attachment.begin"};
inline constexpr QLatin1StringView attachmentChunk{"attachment.chunk"};
inline constexpr QLatin1StringView attachmentFinish{"attachment.finish"};
inline constexpr QLatin1StringView attachmentCancel{"attachment.cancel"};
inline constexpr QLatin1StringView attachmentDownload{"attachment.download"};
inline constexpr QLatin1StringView ticketRate{"ticket.rate"};
inline constexpr QLatin1StringView agentStats{"agent.stats"};
} // namespace methods

namespace events {
inline constexpr QLatin1StringView ticketCreated{"ticket.created"};
inline constexpr QLatin1StringView userChanged{"user.changed"};     // an account's state or profile changed
inline constexpr QLatin1StringView ticketUpdated{"ticket.updated"}; // status or assignee changed
inline constexpr QLatin1StringView messageCreated{"message.created"}; // chat: ticket's customer + staff; note: staff
inline constexpr QLatin1StringView messageTyping{"message.typing"};   // transient: no seq, never stored or replayed
inline constexpr QLatin1StringView messageRead{"message.read"};       // someone's read marker moved forward
inline constexpr QLatin1StringView presenceChanged{"presence.changed"}; // staff only: an agent online/away/offline
inline constexpr QLatin1StringView ticketRated{"ticket.rated"}; // a customer rated or re-rated: customer + staff
inline constexpr QLatin1StringView ticketSlaWarning{"ticket.slaWarning"}; // staff only: an SLA target about to breach
} // namespace events

} // namespace ccr::protocol

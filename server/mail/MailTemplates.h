#pragma once

#include <QHash>
#include <QString>

namespace ccr::server {

enum class MailTemplate
{
    ConfirmEmail,
    PasswordReset,
    AgentInvitation,
    LoginAlert,
    TestMail,
    TicketAssigned,      // {ticket} {subject} {agent}
    TicketStatusChanged, // {ticket} {subject} {status}
    TicketResolved,      // {ticket} {subject} {agent}: asks for feedback
    ChatMessages,        // {ticket} {subject} {messages}: chat missed while offline, batched
    CustomerInvitation,  // {code} {minutes}: an agent raised a ticket for a new customer; claim the account
    SlaFirstResponseBreached, // to staff: {ticket} {subject} {due} {agent}
    SlaResolutionBreached,    // to staff: {ticket} {subject} {due} {agent}
};

// A ticket status as a customer reads it, in their language.
QString statusLabel(const QString &statusName, const QString &language);

struct RenderedMail
{
    QString subject;
    QString textBody;
    QString htmlBody;
};

// Renders a notification in the recipient's language ("en", "ta", "hi";
// anything else falls back to English). `values` fills {placeholders};
// they are HTML-escaped in the HTML part.
RenderedMail renderMail(MailTemplate mail, const QString &language, const QHash<QString, QString> &values);

} // namespace ccr::server

#pragma once

#include <QHash>
#include <QString>

namespace ccr::server {

enum class MailTemplate { ConfirmEmail, PasswordReset, AgentInvitation, LoginAlert, TestMail };

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

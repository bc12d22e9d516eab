#include "MailComposer.h"

#include "MimeMessage.h"

namespace ccr::server {

OutgoingMail composeMail(MailTemplate mail, const MailRecipient &to, const QHash<QString, QString> &values,
                         const QString &mailDomain, const QString &threadId)
{
    QHash<QString, QString> filled = values;
    filled.insert(QStringLiteral("name"), to.name);
    const RenderedMail rendered = renderMail(mail, to.language, filled);
    OutgoingMail outgoing;
    outgoing.to = to.email;
    outgoing.toName = to.name;
    outgoing.subject = rendered.subject;
    outgoing.textBody = rendered.textBody;
    outgoing.htmlBody = rendered.htmlBody;
    outgoing.messageId = newMessageId(mailDomain);
    outgoing.threadId = threadId;
    return outgoing;
}

} // namespace ccr::server

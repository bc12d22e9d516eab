#pragma once

#include "MailTemplates.h"
#include "OutgoingMail.h"

namespace ccr::server {

struct MailRecipient
{
    QString email;
    QString name;
    QString language = QStringLiteral("en");
};

// A template rendered for one recipient, with a fresh Message-ID on the
// server's mail domain; threadId (a ticket's root Message-ID) makes mail
// clients group a ticket's mails.
OutgoingMail composeMail(MailTemplate mail, const MailRecipient &to, const QHash<QString, QString> &values,
                         const QString &mailDomain, const QString &threadId = {});

} // namespace ccr::server

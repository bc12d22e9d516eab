#pragma once

#include <mail/MailComposer.h>
#include <store/CodeRecords.h>
#include <store/Outcome.h>

#include <domain/User.h>

class QSqlDatabase;

namespace ccr::server {

// Issues a one-time code and queues the mail that carries it, inside the
// caller's transaction. False when either failed (the caller rolls back).
bool queueCodeMail(QSqlDatabase &db, const domain::UserProfile &user, CodePurpose purpose, MailTemplate mail,
                   const QString &mailDomain);

MailRecipient recipientOf(const domain::UserProfile &user);

} // namespace ccr::server

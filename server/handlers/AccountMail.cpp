#include "AccountMail.h"

#include <store/OutboxRecords.h>

namespace ccr::server {

using namespace Qt::StringLiterals;

MailRecipient recipientOf(const domain::UserProfile &user)
{
    return {user.email, user.displayName(), user.language};
}

bool queueCodeMail(QSqlDatabase &db, const domain::UserProfile &user, CodePurpose purpose, MailTemplate mail,
                   const QString &mailDomain)
{
    const IssuedCode issued = issueCode(db, user.id, purpose);
    if (issued.code.isEmpty())
        return false;
    return enqueueMail(db, composeMail(mail, recipientOf(user),
                                       {{u"code"_s, issued.code}, {u"minutes"_s, QString::number(issued.validMinutes)}},
                                       mailDomain));
}

} // namespace ccr::server

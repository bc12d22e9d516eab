#include "SessionStart.h"

#include "AccountMail.h"

#include <app/ServerConfig.h>
#include <mail/OutboxSender.h>
#include <security/Tokens.h>
#include <store/OutboxRecords.h>
#include <store/SessionRecords.h>
#include <store/Sql.h>
#include <store/Transaction.h>

#include <QDateTime>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::Reply;

QCoro::Task<Reply> startSession(RequestContext context, domain::UserProfile user, QString clientId)
{
    const QString token = newSessionToken();
    const QString hash = tokenHash(token);
    const qint64 expiresAt = nowMs() + qint64(context.services->config.sessionLifetimeDays) * 24 * 3600 * 1000;
    const QString clientHash = clientId.isEmpty() ? QString() : tokenHash(u"client:"_s + clientId);
    const QString peer = context.session->peerAddress;
    const QString mailDomain = context.services->config.mailDomain;
    auto writing = context.write([user, hash, expiresAt, clientHash, peer, mailDomain](QSqlDatabase &db) {
        Transaction transaction(db);
        if (!insertSession(db, user.id, hash, expiresAt))
            return Outcome::of(storeFailure());
        bool firstEver = false;
        const bool newClient = !clientHash.isEmpty() && rememberClient(db, user.id, clientHash, &firstEver);
        const bool alert = newClient && !firstEver;
        if (alert) {
            const QString when = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd hh:mm 'UTC'"_s);
            if (!enqueueMail(db, composeMail(MailTemplate::LoginAlert, recipientOf(user),
                                             {{u"time"_s, when}, {u"address"_s, peer}}, mailDomain)))
                return Outcome::of(storeFailure());
        }
        if (!transaction.commit())
            return Outcome::of(storeFailure());
        Outcome outcome = Outcome::of(Reply::success());
        outcome.mailQueued = alert;
        return outcome;
    });
    const Reply stored = co_await writing;
    if (!stored.ok())
        co_return stored;
    context.session->user = user;
    context.session->tokenHash = hash;
    co_return Reply::success(
        {{u"token"_s, token},
         {u"expiresAt"_s, QDateTime::fromMSecsSinceEpoch(expiresAt, Qt::UTC).toString(Qt::ISODate)},
         {u"user"_s, user.toJson()},
         {u"emailConfirmationRequired"_s,
          context.services->config.confirmationRequired(context.services->mailer.smtp())}});
}

} // namespace ccr::server

#pragma once

#include <mail/OutgoingMail.h>

#include <QJsonArray>
#include <QList>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// Queues a mail; call it inside the transaction of the change that causes it.
bool enqueueMail(QSqlDatabase &db, const OutgoingMail &mail);
// After a crash, mails caught mid-send go back to the queue (at-least-once).
bool requeueInterrupted(QSqlDatabase &db);
// Marks up to `limit` due mails as sending and returns them.
std::optional<QList<OutgoingMail>> claimDueMails(QSqlDatabase &db, qint64 nowMs, int limit);
bool markSent(QSqlDatabase &db, qint64 id);
// Another try at `nextAttemptMs`, or the final "failed" state when nextAttemptMs is 0.
bool markAttemptFailed(QSqlDatabase &db, qint64 id, const QString &error, qint64 nextAttemptMs);
// Newest first, for admins.
std::optional<QJsonArray> listOutbox(QSqlDatabase &db, int limit);

} // namespace ccr::server

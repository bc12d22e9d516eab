#include "OutboxRecords.h"

#include "Sql.h"
#include "Transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariant>

namespace ccr::server {

using namespace Qt::StringLiterals;

namespace {
// A null QString binds as SQL NULL; the outbox's text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}
} // namespace

bool enqueueMail(QSqlDatabase &db, const OutgoingMail &mail)
{
    const qint64 now = nowMs();
    QSqlQuery insert = prepare(db, u"INSERT INTO outbox (to_address, to_name, subject, text_body, html_body, "
                                   "message_id, thread_id, next_attempt_at, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         {text(mail.to), text(mail.toName), text(mail.subject), text(mail.textBody), text(mail.htmlBody),
          text(mail.messageId), text(mail.threadId), QVariant(now), QVariant(now)})
        insert.addBindValue(value);
    return exec(insert);
}

bool requeueInterrupted(QSqlDatabase &db)
{
    return exec(db, u"UPDATE outbox SET state = 'queued' WHERE state = 'sending'"_s);
}

std::optional<QList<OutgoingMail>> claimDueMails(QSqlDatabase &db, qint64 nowMs, int limit)
{
    Transaction transaction(db);
    QSqlQuery query = prepare(db, u"SELECT id, to_address, to_name, subject, text_body, html_body, message_id, "
                                  "thread_id, attempts FROM outbox WHERE state = 'queued' AND next_attempt_at <= ? "
                                  "ORDER BY id LIMIT ?"_s);
    query.addBindValue(nowMs);
    query.addBindValue(limit);
    if (!exec(query))
        return std::nullopt;
    QList<OutgoingMail> mails;
    while (query.next()) {
        mails.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                      query.value(6).toString(), query.value(7).toString(), query.value(8).toInt()});
    }
    for (const auto &mail : std::as_const(mails)) {
        QSqlQuery claim = prepare(db, u"UPDATE outbox SET state = 'sending' WHERE id = ?"_s);
        claim.addBindValue(mail.id);
        if (!exec(claim))
            return std::nullopt;
    }
    if (!transaction.commit())
        return std::nullopt;
    return mails;
}

bool markSent(QSqlDatabase &db, qint64 id)
{
    QSqlQuery update =
        prepare(db, u"UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ?"_s);
    update.addBindValue(nowMs());
    update.addBindValue(id);
    return exec(update);
}

bool markAttemptFailed(QSqlDatabase &db, qint64 id, const QString &error, qint64 nextAttemptMs)
{
    QSqlQuery update = prepare(db, u"UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, "
                                   "next_attempt_at = ? WHERE id = ?"_s);
    update.addBindValue(nextAttemptMs > 0 ? u"queued"_s : u"failed"_s);
    update.addBindValue(error.left(1000));
    update.addBindValue(nextAttemptMs);
    update.addBindValue(id);
    return exec(update);
}

std::optional<QJsonArray> listOutbox(QSqlDatabase &db, int limit)
{
    QSqlQuery query = prepare(db, u"SELECT id, to_address, subject, state, attempts, last_error, created_at, "
                                  "sent_at, next_attempt_at FROM outbox ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!exec(query))
        return std::nullopt;
    const auto iso = [](const QVariant &ms) {
        return ms.isNull() ? QString() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    };
    QJsonArray rows;
    while (query.next()) {
        rows.append(QJsonObject{{u"id"_s, query.value(0).toLongLong()},
                                {u"to"_s, query.value(1).toString()},
                                {u"subject"_s, query.value(2).toString()},
                                {u"state"_s, query.value(3).toString()},
                                {u"attempts"_s, query.value(4).toInt()},
                                {u"lastError"_s, query.value(5).toString()},
                                {u"createdAt"_s, iso(query.value(6))},
                                {u"sentAt"_s, iso(query.value(7))},
                                {u"nextAttemptAt"_s, iso(query.value(8))}});
    }
    return rows;
}

} // namespace ccr::server

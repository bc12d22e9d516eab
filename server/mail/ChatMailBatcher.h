#pragma once

#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

class QTimer;

namespace ccr::server {

class Database;
class OutboxSender;

// Offline chat delivery by mail, batched. message.send leaves a row in
// chat_mail_pending (recipient, ticket, first missed message, due time) when
// the recipient has no live event stream; this timer turns each due row into
// ONE mail listing every chat message since then that the recipient has not
// marked read — in their language, threaded on the ticket — and deletes the
// row, all in one transaction. Nothing unread by then: no mail. The rows are
// in the store, so a restart loses no pending mail.
class ChatMailBatcher : public QObject
{
    Q_OBJECT
public:
    ChatMailBatcher(Database &db, OutboxSender &mailer, QString mailDomain, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void flushed(int mailsQueued);

private:
    QCoro::Task<void> flush();

    Database &m_db;
    OutboxSender &m_mailer;
    QString m_mailDomain;
    QTimer *m_poll;
    bool m_flushing = false;
};

} // namespace ccr::server

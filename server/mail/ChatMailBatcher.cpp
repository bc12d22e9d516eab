#include "ChatMailBatcher.h"

#include "MailComposer.h"
#include "OutboxSender.h"

#include <handlers/TicketAccess.h>
#include <store/ChatMailRecords.h>
#include <store/Database.h>
#include <store/MessageRecords.h>
#include <store/OutboxRecords.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <qcoro/qcorofuture.h>

Q_LOGGING_CATEGORY(lcChatMail, "ccr.server.chatmail")

namespace ccr::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPollMs = 1000;
constexpr int kRowsPerFlush = 50;
constexpr int kMessagesPerMail = 200;

// The messages as the mail quotes them: who, when (UTC), what, which files.
QString quote(const QList<MessageRecord> &messages, bool truncated)
{
    QStringList blocks;
    for (const auto &message : messages) {
        QString block = u"%1, %2 UTC:\n%3"_s.arg(
            message.authorName,
            QDateTime::fromMSecsSinceEpoch(message.createdAtMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s),
            message.body.trimmed());
        for (const auto &file : message.attachments)
            block += u"\n📎 "_s + file.fileName;
        blocks.append(block);
    }
    if (truncated)
        blocks.append(u"…"_s);
    return blocks.join(u"\n\n"_s);
}

// One pending row: the mail (if anything is still unread) and the row's
// deletion, committed together. False only on store failure (rolled back,
// tried again at the next poll).
bool flushOne(QSqlDatabase &db, const PendingChatMail &pending, const QString &mailDomain, bool *queued)
{
    *queued = false;
    Transaction transaction(db);
    const auto user = loadUserById(db, pending.userId);
    const auto ticket = loadTicketSummary(db, pending.ticketId);
    const auto marker = readMarkerOf(db, pending.ticketId, pending.userId);
    if (!marker)
        return false;
    // Someone who can no longer see the ticket (deactivated, say) gets nothing.
    if (user && ticket && maySee(user->profile, *ticket)) {
        const auto unread = chatMessagesFor(db, pending.ticketId, pending.userId, pending.firstMessageId, *marker,
                                            kMessagesPerMail + 1);
        if (!unread)
            return false;
        if (!unread->isEmpty()) {
            const bool truncated = unread->size() > kMessagesPerMail;
            const QList<MessageRecord> shown = truncated ? unread->first(kMessagesPerMail) : *unread;
            const MailRecipient to{user->profile.email, user->profile.displayName(), user->profile.language};
            const QString thread = u"ticket-%1@%2"_s.arg(ticket->id).arg(mailDomain);
            const QHash<QString, QString> values{{u"ticket"_s, QString::number(ticket->id)},
                                                 {u"subject"_s, ticket->subject},
                                                 {u"messages"_s, quote(shown, truncated)}};
            if (!enqueueMail(db, composeMail(MailTemplate::ChatMessages, to, values, mailDomain, thread)))
                return false;
            *queued = true;
        }
    }
    return deleteChatMail(db, pending.userId, pending.ticketId) && transaction.commit();
}

} // namespace

ChatMailBatcher::ChatMailBatcher(Database &db, OutboxSender &mailer, QString mailDomain, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_mailer(mailer)
    , m_mailDomain(std::move(mailDomain))
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_flushing)
            flush();
    });
}

void ChatMailBatcher::start()
{
    m_poll->start();
}

QCoro::Task<void> ChatMailBatcher::flush()
{
    QPointer<ChatMailBatcher> self(this);
    m_flushing = true;
    const QString mailDomain = m_mailDomain;
    QFuture<Outcome> flushing = m_db.run([mailDomain](QSqlDatabase &db) {
        const auto due = dueChatMails(db, nowMs(), kRowsPerFlush);
        if (!due)
            return Outcome::of(storeFailure());
        int mails = 0;
        for (const auto &pending : *due) {
            bool queued = false;
            if (!flushOne(db, pending, mailDomain, &queued))
                qCWarning(lcChatMail) << "could not mail the chat of ticket" << pending.ticketId << "to user"
                                      << pending.userId << "; trying again later";
            mails += queued ? 1 : 0;
        }
        Outcome outcome = Outcome::of(protocol::Reply::success({{u"mails"_s, mails}}));
        outcome.mailQueued = mails > 0;
        return outcome;
    });
    const Outcome outcome = co_await flushing;
    if (!self)
        co_return;
    m_flushing = false;
    if (outcome.mailQueued) {
        m_mailer.wake();
        Q_EMIT flushed(outcome.reply.result.value(u"mails"_s).toInt());
    }
}

} // namespace ccr::server

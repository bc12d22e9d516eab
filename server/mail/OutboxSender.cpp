#include "OutboxSender.h"

#include "MimeMessage.h"
#include "SmtpClient.h"

#include <store/Database.h>
#include <store/OutboxRecords.h>
#include <store/Sql.h>

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

Q_LOGGING_CATEGORY(lcMail, "ccr.server.mail")

namespace ccr::server {

namespace {
constexpr int kBatch = 20;
constexpr int kPollMs = 1000;
} // namespace

OutboxSender::OutboxSender(Database &db, SmtpSettings smtp, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_smtp(std::move(smtp))
    , m_policy(policy)
    , m_poll(new QTimer(this))
    , m_smtpThread(std::make_unique<QThreadPool>())
{
    m_smtpThread->setMaxThreadCount(1);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &OutboxSender::wake);
}

OutboxSender::~OutboxSender()
{
    m_smtpThread->waitForDone();
}

void OutboxSender::start()
{
    QFuture<std::optional<bool>> requeued = m_db.query<bool>(requeueInterrupted);
    Q_UNUSED(requeued)
    m_poll->start();
    wake();
}

void OutboxSender::setSmtp(const SmtpSettings &smtp)
{
    m_smtp = smtp;
    wake();
}

void OutboxSender::wake()
{
    if (m_draining) {
        m_wakeAgain = true;
        return;
    }
    drain();
}

qint64 OutboxSender::retryDelay(int previousAttempts) const
{
    qint64 delay = m_policy.firstRetryMs;
    for (int i = 0; i < previousAttempts && delay < m_policy.longestRetryMs; ++i)
        delay *= 2;
    return std::min(delay, m_policy.longestRetryMs);
}

QCoro::Task<void> OutboxSender::drain()
{
    QPointer<OutboxSender> self(this);
    m_draining = true;
    do {
        m_wakeAgain = false;
        if (!m_smtp.configured())
            break; // mails wait in the outbox until an admin configures SMTP
        QFuture<std::optional<std::optional<QList<OutgoingMail>>>> claiming =
            m_db.query<std::optional<QList<OutgoingMail>>>(
                [](QSqlDatabase &db) { return claimDueMails(db, nowMs(), kBatch); });
        const auto claimed = co_await claiming;
        if (!self)
            co_return;
        if (!claimed || !*claimed || (*claimed)->isEmpty())
            continue;

        int sent = 0;
        int failed = 0;
        for (const OutgoingMail &mail : **claimed) {
            const SmtpSettings smtp = m_smtp;
            const QByteArray message =
                buildMimeMessage(mail, smtp.fromAddress, smtp.fromName, QDateTime::currentDateTimeUtc());
            QFuture<SmtpResult> sending = QtConcurrent::run(
                m_smtpThread.get(), [smtp, to = mail.to, message] { return sendMail(smtp, to, message); });
            const SmtpResult result = co_await sending;
            if (!self)
                co_return;
            qint64 nextAttempt = 0;
            if (!result.sent) {
                const bool lastTry = result.permanent || mail.attempts + 1 >= m_policy.maxAttempts;
                nextAttempt = lastTry ? 0 : nowMs() + retryDelay(mail.attempts);
                qCWarning(lcMail) << "mail" << mail.id << "to" << mail.to << "failed:" << result.error
                                  << (lastTry ? "giving up" : "will retry");
                ++failed;
            } else {
                ++sent;
            }
            const qint64 id = mail.id;
            const QString error = result.error;
            const bool wasSent = result.sent;
            QFuture<std::optional<bool>> recording = m_db.query<bool>([=](QSqlDatabase &db) {
                return wasSent ? markSent(db, id) : markAttemptFailed(db, id, error, nextAttempt);
            });
            co_await recording;
            if (!self)
                co_return;
        }
        Q_EMIT drained(sent, failed);
        m_wakeAgain = m_wakeAgain || int((*claimed)->size()) == kBatch;
    } while (m_wakeAgain);
    m_draining = false;
}

} // namespace ccr::server

#pragma once

#include "SmtpSettings.h"

#include <QObject>

#include <qcoro/qcorotask.h>

#include <memory>

class QThreadPool;
class QTimer;

namespace ccr::server {

class Database;

struct RetryPolicy
{
    int maxAttempts = 8;
    qint64 firstRetryMs = 5'000; // doubles with each failure
    qint64 longestRetryMs = 3'600'000;
};

// Works through the outbox: claims due mails, sends each through SMTP on its
// own thread, and records the outcome (sent, retry later with back-off, or
// failed for good). Requests never wait for it; they queue and wake it.
// Delivery is at least once: a crash between the relay's "250 OK" and
// "marked sent" sends that one mail again after restart, with the same
// Message-ID so mail clients can drop the duplicate.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(Database &db, SmtpSettings smtp, RetryPolicy policy, QObject *parent = nullptr);
    ~OutboxSender() override;

    void start();
    // Something was queued: look now rather than at the next poll.
    void wake();
    void setSmtp(const SmtpSettings &smtp);
    const SmtpSettings &smtp() const { return m_smtp; }

Q_SIGNALS:
    // A batch was worked through (for tests and metrics).
    void drained(int sent, int failedAttempts);

private:
    QCoro::Task<void> drain();
    qint64 retryDelay(int previousAttempts) const;

    Database &m_db;
    SmtpSettings m_smtp;
    RetryPolicy m_policy;
    QTimer *m_poll;
    std::unique_ptr<QThreadPool> m_smtpThread;
    bool m_draining = false;
    bool m_wakeAgain = false;
};

} // namespace ccr::server

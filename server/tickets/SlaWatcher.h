#pragma once

#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

#include <optional>

class QTimer;

namespace ccr::server {

class Database;
class EventHub;
class OutboxSender;

// Looks for breached SLA targets and targets about to breach on a timer
// (runSlaPass on the database thread), publishes the ticket.updated and
// ticket.slaWarning events and wakes the mail sender. debug.advanceClock
// runs a pass at once and waits for it.
class SlaWatcher : public QObject
{
    Q_OBJECT
public:
    SlaWatcher(Database &db, EventHub &hub, OutboxSender &mailer, QString mailDomain, int intervalMs,
               QObject *parent = nullptr);

    struct PassCounts
    {
        int breaches = 0; // flagged
        int warnings = 0; // ticket.slaWarning events sent
    };

    void start();
    // One pass; nullopt when the store failed.
    QCoro::Task<std::optional<PassCounts>> checkNow();

private:
    static constexpr int kBatch = 200;

    Database &m_db;
    EventHub &m_hub;
    OutboxSender &m_mailer;
    QString m_mailDomain;
    QTimer *m_timer;
};

} // namespace ccr::server

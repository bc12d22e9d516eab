#pragma once

#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

class QTimer;

namespace ccr::server {

class Database;
class EventHub;
class OutboxSender;

// Looks for breached SLA targets on a timer (flagSlaBreaches on the database
// thread), publishes the ticket.updated events and wakes the mail sender.
// debug.advanceClock runs a pass at once and waits for it.
class SlaWatcher : public QObject
{
    Q_OBJECT
public:
    SlaWatcher(Database &db, EventHub &hub, OutboxSender &mailer, QString mailDomain, int intervalMs,
               QObject *parent = nullptr);

    void start();
    // One pass; returns how many breaches it flagged (-1: the store failed).
    QCoro::Task<int> checkNow();

private:
    static constexpr int kBatch = 200;

    Database &m_db;
    EventHub &m_hub;
    OutboxSender &m_mailer;
    QString m_mailDomain;
    QTimer *m_timer;
};

} // namespace ccr::server

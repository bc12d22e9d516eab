#pragma once

#include "PresenceTracker.h"
#include "SeverityClassifier.h"
#include "SlaWatcher.h"

#include <qcoro/qcorotask.h>

namespace ccr::server {

class Database;
class EventHub;
class OutboxSender;
struct ServerConfig;

// The ticket machinery that lives as long as the server: agent presence,
// the SLA watcher and the severity classifier.
class TicketServices
{
public:
    // How many of the newest labelled tickets the classifier learns from at start.
    static constexpr int kTrainingExamples = 20000;

    TicketServices(Database &db, EventHub &hub, OutboxSender &mailer, const ServerConfig &config);

    // After the store is open, before clients connect: everybody offline,
    // the classifier trained, the SLA watcher running. An error message on failure.
    QCoro::Task<QString> start();

    PresenceTracker &presence() { return m_presence; }
    SlaWatcher &sla() { return m_sla; }
    SeverityClassifier &classifier() { return m_classifier; }

private:
    Database &m_db;
    PresenceTracker m_presence;
    SlaWatcher m_sla;
    SeverityClassifier m_classifier;
};

} // namespace ccr::server

#pragma once

#include "BenchOptions.h"
#include "Floors.h"
#include "ScenarioResult.h"
#include "ServerProbe.h"
#include "common/TextGenerator.h"

#include <protocol/RpcClient.h>
#include <protocol/TrustStore.h>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>

#include <qcoro/qcorotask.h>

#include <memory>
#include <vector>

namespace ccr::bench {

// Connections of one scenario, all served by the one event loop.
struct ClientGroup
{
    std::vector<std::unique_ptr<protocol::RpcClient>> clients;
    int failures = 0;
    QString firstError;
};

// A closed-loop load: workers share one request budget and one deadline.
struct LoadRun
{
    QString scenario;
    int limit = 0;
    int issued = 0;
    QDeadlineTimer deadline;
    ScenarioResult *result = nullptr;
};

// Runs the scenarios against one server: sets up an admin and a bench
// customer, then for each scenario opens its connections, drives the load
// with concurrent coroutines (one event loop, many RpcClients), samples the
// server process, and collects a ScenarioResult.
class BenchRunner : public QObject
{
    Q_OBJECT
public:
    explicit BenchRunner(BenchOptions options, QObject *parent = nullptr);
    ~BenchRunner() override;

    // The process exit code: 0 when every scenario ran without errors.
    QCoro::Task<int> run();

Q_SIGNALS:
    void fanoutComplete();

private:
    QCoro::Task<bool> setUp();
    QCoro::Task<bool> openSession(protocol::RpcClient *client, QString token, qint64 subscribeSince,
                                  ClientGroup *group);
    QCoro::Task<void> connectGroup(ClientGroup *group, int count, QString token, qint64 subscribeSince);
    QCoro::Task<void> worker(protocol::RpcClient *client, LoadRun *run);
    QCoro::Task<ScenarioResult> runLoad(QString scenario);
    QCoro::Task<ScenarioResult> runFanout();
    QCoro::Task<bool> refreshHead();
    void request(const QString &scenario, QString *method, QJsonObject *params);
    void onFanoutEvent(const QString &event, const QJsonObject &data);
    void writeReport();

    BenchOptions m_options;
    protocol::Endpoint m_endpoint;
    protocol::TrustStore m_trust; // in memory: pins the server's certificate on first use
    TextGenerator m_text;
    ServerProbe m_probe;
    std::unique_ptr<protocol::RpcClient> m_admin;
    std::unique_ptr<protocol::RpcClient> m_customer;
    QString m_adminToken;
    QString m_customerToken;
    QString m_customerEmail;
    QString m_customerPassword;
    qint64 m_maxTicketId = 0;
    qint64 m_eventHead = 0;
    ProcessSample m_idle;
    QString m_loadBefore;
    FloorResult m_tcpFloor;
    FloorResult m_fsyncFloor;
    std::vector<ScenarioResult> m_results;

    // Fan-out round state, touched only on the event loop's thread.
    QString m_fanoutSubject;
    int m_fanoutArrivals = 0;
    int m_fanoutExpected = 0;
    QElapsedTimer m_fanoutClock;
    qint64 m_fanoutFirstNs = 0;
    qint64 m_fanoutLastNs = 0;
};

} // namespace ccr::bench

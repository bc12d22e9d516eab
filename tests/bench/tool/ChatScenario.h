#pragma once

#include "ScenarioResult.h"

#include <protocol/RpcClient.h>
#include <protocol/TrustStore.h>

#include <QElapsedTimer>
#include <QObject>

#include <qcoro/qcorotask.h>

#include <memory>

namespace ccr::bench {

class ServerProbe;

// What the chat scenario needs from the runner: where the server is, and
// the sessions it already made.
struct ChatScenarioSetup
{
    protocol::Endpoint endpoint;
    protocol::TrustStore *trust = nullptr;
    QString adminToken;    // sends the messages (staff writes to the customer)
    QString customerToken; // owns the ticket and receives them
    int rounds = 1000;
    double durationS = 30;
    ServerProbe *probe = nullptr;
};

// Message round trip, sender to the other client: on a ticket of the bench
// customer, the admin sends a chat message; timed from the send until the
// customer's subscribed connection has the message.created event. One
// message at a time (latency, not throughput); the send's own response time
// is reported next to it.
class ChatScenario : public QObject
{
    Q_OBJECT
public:
    explicit ChatScenario(ChatScenarioSetup setup, QObject *parent = nullptr);
    ~ChatScenario() override;

    QCoro::Task<ScenarioResult> run();

Q_SIGNALS:
    void arrived();

private:
    QCoro::Task<bool> open(protocol::RpcClient *client, QString token, bool subscribe, QString *error);
    void onEvent(const QString &event, const QJsonObject &data);

    ChatScenarioSetup m_setup;
    std::unique_ptr<protocol::RpcClient> m_sender;
    std::unique_ptr<protocol::RpcClient> m_receiver;
    QString m_expectedBody; // the round's message, recognised on arrival
    bool m_arrived = false;
    qint64 m_arrivalNs = 0;
    QElapsedTimer m_clock;
};

} // namespace ccr::bench

#pragma once

#include <protocol/Reply.h>
#include <protocol/RpcClient.h>
#include <protocol/TrustStore.h>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

// One protocol client for tests: each call waits (bounded by the call's own
// timeout) in a local event loop, and pushed events are collected in order.
class TestClient
{
public:
    struct Event
    {
        QString name;
        QJsonObject data;
        qint64 seq;
    };

    TestClient();
    ~TestClient();

    bool connectTo(const ccr::protocol::Endpoint &endpoint);
    ccr::protocol::Reply call(const QString &method, const QJsonObject &params = {});
    // Logs in and remembers the token; returns the login reply.
    ccr::protocol::Reply login(const QString &email, const QString &password);
    ccr::protocol::Reply registerCustomer(const QString &first, const QString &last, const QString &email,
                                          const QString &password);
    // Waits (bounded) until at least n events have arrived.
    bool waitForEvents(qsizetype n, int timeoutMs = 5000);

    ccr::protocol::RpcClient &rpc() { return *m_rpc; }
    QList<Event> events;
    QString token;

private:
    ccr::protocol::TrustStore m_trust;
    std::unique_ptr<ccr::protocol::RpcClient> m_rpc;
};

QString toString(const ccr::protocol::Reply &reply);

#include "TestClient.h"

#include <protocol/Messages.h>

#include <QJsonDocument>
#include <QTest>

#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

TestClient::TestClient()
    : m_rpc(std::make_unique<RpcClient>(&m_trust, u"ccr-tests"_s))
{
    QObject::connect(m_rpc.get(), &RpcClient::eventReceived, m_rpc.get(),
                     [this](const QString &name, const QJsonObject &data, qint64 seq) {
                         events.append({name, data, seq});
                     });
}

TestClient::~TestClient() = default;

bool TestClient::connectTo(const Endpoint &endpoint)
{
    return QCoro::waitFor(m_rpc->connectTo(endpoint));
}

Reply TestClient::call(const QString &method, const QJsonObject &params)
{
    return QCoro::waitFor(m_rpc->call(method, params));
}

Reply TestClient::login(const QString &email, const QString &password)
{
    Reply reply = call(methods::authLogin, {{u"email"_s, email}, {u"password"_s, password}});
    token = reply.result.value(u"token"_s).toString();
    return reply;
}

Reply TestClient::registerCustomer(const QString &first, const QString &last, const QString &email,
                                   const QString &password)
{
    return call(methods::authRegister, {{u"firstName"_s, first},
                                        {u"lastName"_s, last},
                                        {u"email"_s, email},
                                        {u"password"_s, password},
                                        {u"passwordConfirmation"_s, password}});
}

bool TestClient::waitForEvents(qsizetype n, int timeoutMs)
{
    return QTest::qWaitFor([&] { return events.size() >= n; }, timeoutMs);
}

QString toString(const Reply &reply)
{
    if (reply.ok())
        return u"ok "_s + QString::fromUtf8(QJsonDocument(reply.result).toJson(QJsonDocument::Compact));
    return u"error "_s + QString::fromUtf8(QJsonDocument(reply.error->toJson()).toJson(QJsonDocument::Compact));
}

#include "ChatScenario.h"

#include "ServerProbe.h"

#include <protocol/Messages.h>

#include <QDeadlineTimer>
#include <QRandomGenerator>

#include <qcoro/qcorosignal.h>

namespace ccr::bench {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using protocol::Reply;
using protocol::RpcClient;
namespace methods = protocol::methods;

namespace {

constexpr auto kCallTimeout = 30s;
constexpr auto kArrivalTimeout = 10s;

QString errorText(const Reply &reply)
{
    return reply.error ? protocol::errorCodeName(reply.error->code) + u": "_s + reply.error->message : QString();
}

} // namespace

ChatScenario::ChatScenario(ChatScenarioSetup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
{
}

ChatScenario::~ChatScenario() = default;

QCoro::Task<bool> ChatScenario::open(RpcClient *client, QString token, bool subscribe, QString *error)
{
    auto connecting = client->connectTo(m_setup.endpoint, 30s);
    if (!co_await connecting) {
        *error = u"connect: "_s + client->lastCloseReason();
        co_return false;
    }
    auto resuming = client->call(methods::authResume, {{u"token"_s, token}}, kCallTimeout);
    const Reply resumed = co_await resuming;
    if (!resumed.ok()) {
        *error = u"auth.resume -> "_s + errorText(resumed);
        co_return false;
    }
    if (subscribe) {
        // From the head: only what happens from now on.
        auto listing = client->call(methods::ticketList, {{u"limit"_s, 1}}, kCallTimeout);
        const Reply list = co_await listing;
        auto subscribing = client->call(methods::eventsSubscribe,
                                        {{u"since"_s, list.result.value(u"eventSeq"_s).toInteger()}}, kCallTimeout);
        const Reply subscribed = co_await subscribing;
        if (!list.ok() || !subscribed.ok()) {
            *error = u"events.subscribe -> "_s + errorText(list.ok() ? subscribed : list);
            co_return false;
        }
    }
    co_return true;
}

void ChatScenario::onEvent(const QString &event, const QJsonObject &data)
{
    if (event != protocol::events::messageCreated || m_arrived
        || data.value(u"message"_s).toObject().value(u"body"_s).toString() != m_expectedBody)
        return;
    m_arrivalNs = m_clock.nsecsElapsed();
    m_arrived = true;
    Q_EMIT arrived();
}

QCoro::Task<ScenarioResult> ChatScenario::run()
{
    ScenarioResult result;
    result.name = u"chat"_s;
    result.what = u"message.send by staff until the customer's subscribed connection has message.created"_s;
    result.clients = 2;
    const auto fail = [&result](const QString &error) {
        ++result.errors;
        if (result.firstError.isEmpty())
            result.firstError = error;
    };

    m_sender = std::make_unique<RpcClient>(m_setup.trust, u"ccr-bench"_s);
    m_receiver = std::make_unique<RpcClient>(m_setup.trust, u"ccr-bench"_s);
    QString error;
    auto openingSender = open(m_sender.get(), m_setup.adminToken, false, &error);
    if (!co_await openingSender) {
        fail(error);
        co_return result;
    }
    auto openingReceiver = open(m_receiver.get(), m_setup.customerToken, true, &error);
    if (!co_await openingReceiver) {
        fail(error);
        co_return result;
    }
    auto creating = m_receiver->call(
        methods::ticketCreate,
        {{u"subject"_s, u"Chat round trips"_s}, {u"description"_s, u"Opened by ccr-bench for the chat scenario."_s}},
        kCallTimeout);
    const Reply created = co_await creating;
    const qint64 ticketId = created.result.value(u"ticket"_s).toObject().value(u"id"_s).toInteger();
    if (!created.ok() || ticketId <= 0) {
        fail(u"ticket.create -> "_s + errorText(created));
        co_return result;
    }
    connect(m_receiver.get(), &RpcClient::eventReceived, this,
            [this](const QString &event, const QJsonObject &data, qint64) { onEvent(event, data); });

    LatencyStats sendResponse;
    const QString nonce = QString::number(QRandomGenerator::global()->generate64(), 36);
    const QDeadlineTimer deadline(qint64(m_setup.durationS * 1000));
    if (m_setup.probe)
        result.serverBefore = m_setup.probe->sample();
    QElapsedTimer wall;
    wall.start();
    int round = 0;
    for (; round < m_setup.rounds && !deadline.hasExpired(); ++round) {
        m_expectedBody = u"Round %1 of the chat probe %2."_s.arg(round).arg(nonce);
        m_arrived = false;
        m_clock.start();
        auto sending = m_sender->call(methods::messageSend, {{u"ticketId"_s, ticketId}, {u"body"_s, m_expectedBody}},
                                      kCallTimeout);
        const Reply sent = co_await sending;
        const qint64 responseNs = m_clock.nsecsElapsed();
        if (!sent.ok()) {
            fail(u"message.send -> "_s + errorText(sent));
            continue;
        }
        sendResponse.add(responseNs);
        if (!m_arrived) {
            auto arrival = qCoro(this, &ChatScenario::arrived, kArrivalTimeout);
            co_await arrival;
        }
        if (!m_arrived) {
            fail(u"the message did not reach the customer within %1 s"_s.arg(
                std::chrono::seconds(kArrivalTimeout).count()));
            continue;
        }
        ++result.ok;
        result.latency.add(m_arrivalNs);
    }
    result.seconds = wall.nsecsElapsed() / 1e9;
    if (m_setup.probe) {
        result.serverAfter = m_setup.probe->sample();
        result.serverCpuPercent = ServerProbe::cpuPercent(result.serverBefore, result.serverAfter, result.seconds);
    }
    result.timeBound = round < m_setup.rounds;
    result.extra = {{u"sendResponseMs"_s, sendResponse.toJson()}};
    m_expectedBody.clear();
    m_sender->close();
    m_receiver->close();
    co_return result;
}

} // namespace ccr::bench

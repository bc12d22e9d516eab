#include "BenchRunner.h"

#include "ChatScenario.h"
#include "Report.h"

#include <protocol/Messages.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTextStream>

#include <qcoro/qcorosignal.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBench, "ccr.bench")

namespace ccr::bench {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using protocol::Reply;
using protocol::RpcClient;
namespace methods = protocol::methods;

namespace {

constexpr int kConnectWave = 50; // the server's listen backlog is Qt's default, 50
constexpr auto kCallTimeout = 30s;
constexpr auto kFanoutRoundTimeout = 10s;

QString errorText(const Reply &reply)
{
    return reply.error ? protocol::errorCodeName(reply.error->code) + u": "_s + reply.error->message : QString();
}

QString randomText(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

BenchRunner::BenchRunner(BenchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_endpoint{m_options.host, m_options.port, m_options.tls}
    , m_text(m_options.seed)
    , m_probe(m_options.serverPid, m_options.port)
{
}

BenchRunner::~BenchRunner() = default;

QCoro::Task<int> BenchRunner::run()
{
    QTextStream out(stdout);
    m_loadBefore = loadAverage();
    m_idle = m_probe.sample();
    out << "ccr-bench: server " << m_options.host << ':' << m_options.port << (m_options.tls ? " (TLS)" : " (plain)")
        << ", pid " << (m_probe.pid() > 0 ? QString::number(m_probe.pid()) : u"not found"_s) << ", load "
        << m_loadBefore << Qt::endl;

    m_tcpFloor = measureTcpRoundTrip(5000);
    m_fsyncFloor = measureFsync(m_options.floorDir, 200);

    auto settingUp = setUp();
    const bool ready = co_await settingUp;
    if (!ready)
        co_return 1;

    for (const QString &scenario : std::as_const(m_options.scenarios)) {
        out << "running " << scenario << "..." << Qt::endl;
        if (scenario == u"fanout"_s) {
            auto fanout = runFanout();
            m_results.push_back(co_await fanout);
        } else if (scenario == u"chat"_s) {
            ChatScenario chat({m_endpoint, &m_trust, m_adminToken, m_customerToken, m_options.requests,
                               m_options.durationS, &m_probe});
            auto chatting = chat.run();
            m_results.push_back(co_await chatting);
        } else {
            auto load = runLoad(scenario);
            m_results.push_back(co_await load);
        }
    }
    writeReport();
    const bool clean = std::all_of(m_results.begin(), m_results.end(),
                                   [](const ScenarioResult &result) { return result.errors == 0 && result.ok > 0; });
    co_return clean ? 0 : 3;
}

QCoro::Task<bool> BenchRunner::setUp()
{
    QTextStream err(stderr);
    m_admin = std::make_unique<RpcClient>(&m_trust, u"ccr-bench"_s);
    auto connecting = m_admin->connectTo(m_endpoint);
    if (!co_await connecting) {
        err << "ccr-bench: cannot reach the server: " << m_admin->lastCloseReason() << Qt::endl;
        co_return false;
    }
    auto adminLogin = m_admin->call(methods::authLogin,
                                    {{u"email"_s, m_options.adminEmail}, {u"password"_s, m_options.adminPassword}});
    const Reply admin = co_await adminLogin;
    if (!admin.ok() || admin.result.value(u"user"_s).toObject().value(u"role"_s).toString() != u"admin"_s) {
        err << "ccr-bench: the admin login failed: " << errorText(admin) << Qt::endl;
        co_return false;
    }
    m_adminToken = admin.result.value(u"token"_s).toString();

    // A customer of our own, with a password made for this run: it raises the
    // bench's tickets and is the account of the login scenario.
    m_customerEmail = u"bench-%1@bench.example.com"_s.arg(randomText(9).toLower());
    m_customerPassword = randomText(18);
    m_customer = std::make_unique<RpcClient>(&m_trust, u"ccr-bench"_s);
    auto customerConnecting = m_customer->connectTo(m_endpoint);
    if (!co_await customerConnecting) {
        err << "ccr-bench: cannot connect: " << m_customer->lastCloseReason() << Qt::endl;
        co_return false;
    }
    auto registering = m_customer->call(methods::authRegister, {{u"firstName"_s, u"Bench"_s},
                                                                {u"lastName"_s, u"Customer"_s},
                                                                {u"email"_s, m_customerEmail},
                                                                {u"password"_s, m_customerPassword},
                                                                {u"passwordConfirmation"_s, m_customerPassword}});
    const Reply registered = co_await registering;
    auto customerLogin =
        m_customer->call(methods::authLogin, {{u"email"_s, m_customerEmail}, {u"password"_s, m_customerPassword}});
    const Reply customer = co_await customerLogin;
    if (!registered.ok() || !customer.ok()) {
        err << "ccr-bench: the bench customer could not register and log in: " << errorText(registered) << ' '
            << errorText(customer) << Qt::endl;
        co_return false;
    }
    if (customer.result.value(u"emailConfirmationRequired"_s).toBool()) {
        err << "ccr-bench: the server requires email confirmation (a mail relay is configured). Run the bench "
               "server without SMTP, or with --email-confirmation off."
            << Qt::endl;
        co_return false;
    }
    m_customerToken = customer.result.value(u"token"_s).toString();
    auto refreshing = refreshHead();
    const bool head = co_await refreshing;
    co_return head;
}

QCoro::Task<bool> BenchRunner::refreshHead()
{
    auto listing = m_admin->call(methods::ticketList, {{u"limit"_s, 1}});
    const Reply list = co_await listing;
    if (!list.ok()) {
        QTextStream(stderr) << "ccr-bench: ticket.list failed: " << errorText(list) << Qt::endl;
        co_return false;
    }
    m_eventHead = list.result.value(u"eventSeq"_s).toInteger();
    const QJsonArray tickets = list.result.value(u"tickets"_s).toArray();
    m_maxTicketId = tickets.isEmpty() ? 0 : tickets.first().toObject().value(u"id"_s).toInteger();
    co_return true;
}

QCoro::Task<bool> BenchRunner::openSession(RpcClient *client, QString token, qint64 subscribeSince, ClientGroup *group)
{
    auto connecting = client->connectTo(m_endpoint, 30s);
    if (!co_await connecting) {
        if (group->firstError.isEmpty())
            group->firstError = u"connect: "_s + client->lastCloseReason();
        co_return false;
    }
    // One login's session on many connections: auth.resume costs a hash
    // lookup, where a login per connection would cost Argon2id each.
    auto resuming = client->call(methods::authResume, {{u"token"_s, token}}, kCallTimeout);
    const Reply resumed = co_await resuming;
    Reply subscribed = Reply::success();
    if (resumed.ok() && subscribeSince >= 0) {
        auto subscribing = client->call(methods::eventsSubscribe, {{u"since"_s, subscribeSince}}, kCallTimeout);
        subscribed = co_await subscribing;
    }
    if (!resumed.ok() || !subscribed.ok()) {
        if (group->firstError.isEmpty())
            group->firstError = errorText(resumed.ok() ? subscribed : resumed);
        co_return false;
    }
    co_return true;
}

QCoro::Task<void> BenchRunner::connectGroup(ClientGroup *group, int count, QString token, qint64 subscribeSince)
{
    // In waves, so the server's accept backlog never overflows into SYN retries.
    for (int start = 0; start < count; start += kConnectWave) {
        std::vector<QCoro::Task<bool>> opening;
        for (int i = start; i < std::min(count, start + kConnectWave); ++i) {
            group->clients.push_back(std::make_unique<RpcClient>(&m_trust, u"ccr-bench"_s));
            opening.push_back(openSession(group->clients.back().get(), token, subscribeSince, group));
        }
        for (auto &task : opening) {
            if (!co_await task)
                ++group->failures;
        }
    }
}

void BenchRunner::request(const QString &scenario, QString *method, QJsonObject *params)
{
    if (scenario == u"ping"_s) {
        *method = methods::ping;
    } else if (scenario == u"login"_s) {
        *method = methods::authLogin;
        *params = {{u"email"_s, m_customerEmail}, {u"password"_s, m_customerPassword}};
    } else if (scenario == u"create"_s) {
        *method = methods::ticketCreate;
        *params = {{u"subject"_s, m_text.subject()}, {u"description"_s, m_text.description()}};
    } else if (scenario == u"open"_s) {
        *method = methods::ticketGet;
        *params = {{u"ticketId"_s, qint64(m_text.uniform(1, int(std::max<qint64>(1, m_maxTicketId))))}};
    } else if (scenario == u"list-filter"_s) {
        // A queue view: some active statuses, one or two priorities, most
        // recently updated first (the tickets_updated index, filtered).
        static const QStringList statuses = {u"open"_s, u"agent_assigned"_s, u"in_progress"_s,
                                             u"waiting_on_customer"_s};
        static const QStringList priorities = {u"urgent"_s, u"high"_s, u"normal"_s, u"low"_s};
        QJsonArray status;
        for (const QString &name : statuses) {
            if (m_text.uniform(0, 1) == 0)
                status.append(name);
        }
        if (status.isEmpty())
            status.append(statuses.at(m_text.uniform(0, 3)));
        QJsonArray priority{priorities.at(m_text.uniform(0, 3))};
        if (m_text.uniform(0, 1) == 0)
            priority.append(priorities.at(m_text.uniform(0, 3)));
        *method = methods::ticketList;
        *params = {{u"status"_s, status},
                   {u"priority"_s, priority},
                   {u"sort"_s, QJsonObject{{u"column"_s, u"updated"_s}, {u"descending"_s, true}}},
                   {u"limit"_s, 50}};
    } else if (scenario == u"list-sort"_s) {
        // Someone clicks a column header: any sort column, either
        // direction, over everything or one active status.
        static const QStringList columns = {u"id"_s,       u"subject"_s,      u"status"_s,   u"priority"_s,
                                            u"customer"_s, u"assignee"_s,     u"category"_s, u"created"_s,
                                            u"updated"_s,  u"resolutionDue"_s};
        static const QStringList statuses = {u"open"_s, u"in_progress"_s, u"waiting_on_customer"_s};
        *method = methods::ticketList;
        *params = {{u"sort"_s, QJsonObject{{u"column"_s, columns.at(m_text.uniform(0, int(columns.size()) - 1))},
                                           {u"descending"_s, m_text.uniform(0, 1) == 0}}},
                   {u"limit"_s, 50}};
        if (m_text.uniform(0, 1) == 0)
            params->insert(u"status"_s, QJsonArray{statuses.at(m_text.uniform(0, 2))});
    } else if (scenario == u"search"_s) {
        *method = methods::ticketList;
        *params = {{u"search"_s, m_text.searchText()}, {u"limit"_s, 50}};
    } else {
        *method = methods::ticketList;
        *params = {{u"limit"_s, 50}};
    }
}

QCoro::Task<void> BenchRunner::worker(RpcClient *client, LoadRun *run)
{
    while (run->issued < run->limit && !run->deadline.hasExpired()) {
        ++run->issued;
        QString method;
        QJsonObject params;
        request(run->scenario, &method, &params);
        QElapsedTimer timer;
        timer.start();
        auto calling = client->call(method, params, kCallTimeout);
        const Reply reply = co_await calling;
        const qint64 elapsed = timer.nsecsElapsed();
        if (reply.ok()) {
            ++run->result->ok;
            run->result->latency.add(elapsed);
        } else {
            ++run->result->errors;
            if (run->result->firstError.isEmpty())
                run->result->firstError = method + u" -> "_s + errorText(reply);
        }
    }
}

QCoro::Task<ScenarioResult> BenchRunner::runLoad(QString scenario)
{
    ScenarioResult result;
    result.name = scenario;
    result.clients = m_options.clients;
    result.pipeline = m_options.pipeline;
    static const QHash<QString, QString> descriptions = {
        {u"ping"_s, u"ping round trip: TLS + JSON + dispatch, no store"_s},
        {u"login"_s, u"auth.login, successful (Argon2id verify)"_s},
        {u"create"_s, u"ticket.create as a customer (durable commit)"_s},
        {u"open"_s, u"ticket.get of a random ticket as admin"_s},
        {u"list"_s, u"ticket.list {limit: 50} as admin, newest first"_s},
        {u"list-filter"_s, u"ticket.list as admin: status + priority filter, by updated, 50 rows"_s},
        {u"list-sort"_s, u"ticket.list as admin: random sort column and direction, 50 rows"_s},
        {u"search"_s, u"ticket.list {search} as admin: FTS5 words over tickets and messages, 50 rows"_s},
    };
    result.what = descriptions.value(scenario);
    if (scenario == u"open"_s) {
        auto refreshing = refreshHead();
        const bool head = co_await refreshing;
        if (!head || m_maxTicketId == 0) {
            result.errors = 1;
            result.firstError = u"no tickets to open: seed the store first"_s;
            co_return result;
        }
    }
    const bool asCustomer = scenario == u"create"_s || scenario == u"login"_s;
    ClientGroup group;
    auto connecting = connectGroup(&group, m_options.clients, asCustomer ? m_customerToken : m_adminToken, -1);
    co_await connecting;
    if (group.failures > 0) {
        result.errors = group.failures;
        result.firstError = u"%1 connections failed; first: %2"_s.arg(group.failures).arg(group.firstError);
        co_return result;
    }

    LoadRun run;
    run.scenario = scenario;
    run.limit = m_options.requests;
    run.deadline = QDeadlineTimer(qint64(m_options.durationS * 1000));
    run.result = &result;
    result.serverBefore = m_probe.sample();
    QElapsedTimer wall;
    wall.start();
    std::vector<QCoro::Task<void>> workers;
    for (const auto &client : group.clients) {
        for (int lane = 0; lane < m_options.pipeline; ++lane)
            workers.push_back(worker(client.get(), &run));
    }
    for (auto &task : workers)
        co_await task;
    result.seconds = wall.nsecsElapsed() / 1e9;
    result.serverAfter = m_probe.sample();
    result.serverCpuPercent = ServerProbe::cpuPercent(result.serverBefore, result.serverAfter, result.seconds);
    result.timeBound = run.issued < run.limit;
    for (const auto &client : group.clients)
        client->close();
    co_return result;
}

void BenchRunner::onFanoutEvent(const QString &event, const QJsonObject &data)
{
    if (event != protocol::events::ticketCreated || data.value(u"subject"_s).toString() != m_fanoutSubject)
        return;
    const qint64 now = m_fanoutClock.nsecsElapsed();
    if (++m_fanoutArrivals == 1)
        m_fanoutFirstNs = now;
    if (m_fanoutArrivals == m_fanoutExpected) {
        m_fanoutLastNs = now;
        Q_EMIT fanoutComplete();
    }
}

QCoro::Task<ScenarioResult> BenchRunner::runFanout()
{
    ScenarioResult result;
    result.name = u"fanout"_s;
    result.what = u"ticket.create by a customer until the last of N subscribed admin connections has ticket.created"_s;
    result.clients = m_options.subscribers;
    auto refreshing = refreshHead();
    const bool head = co_await refreshing;
    ClientGroup group;
    if (head) {
        auto connecting = connectGroup(&group, m_options.subscribers, m_adminToken, m_eventHead);
        co_await connecting;
    }
    if (!head || group.failures > 0) {
        result.errors = std::max(1, group.failures);
        result.firstError = u"%1 subscribers failed to connect; first: %2"_s.arg(group.failures).arg(group.firstError);
        co_return result;
    }
    for (const auto &client : group.clients)
        connect(client.get(), &RpcClient::eventReceived, this,
                [this](const QString &event, const QJsonObject &data, qint64) { onFanoutEvent(event, data); });

    LatencyStats firstArrival;
    LatencyStats createResponse;
    const QString nonce = randomText(6);
    const QDeadlineTimer deadline(qint64(m_options.durationS * 1000));
    result.serverBefore = m_probe.sample();
    QElapsedTimer wall;
    wall.start();
    int round = 0;
    for (; round < m_options.requests && !deadline.hasExpired(); ++round) {
        m_fanoutSubject = u"Fan-out probe %1 %2"_s.arg(round).arg(nonce);
        m_fanoutArrivals = 0;
        m_fanoutExpected = m_options.subscribers;
        m_fanoutFirstNs = m_fanoutLastNs = 0;
        m_fanoutClock.start();
        auto creating =
            m_customer->call(methods::ticketCreate,
                             {{u"subject"_s, m_fanoutSubject}, {u"description"_s, m_text.description()}}, kCallTimeout);
        const Reply created = co_await creating;
        const qint64 responseNs = m_fanoutClock.nsecsElapsed();
        if (!created.ok()) {
            ++result.errors;
            if (result.firstError.isEmpty())
                result.firstError = u"ticket.create -> "_s + errorText(created);
            continue;
        }
        createResponse.add(responseNs);
        if (m_fanoutArrivals < m_fanoutExpected) {
            auto arrived = qCoro(this, &BenchRunner::fanoutComplete, kFanoutRoundTimeout);
            co_await arrived;
        }
        if (m_fanoutArrivals < m_fanoutExpected) {
            ++result.errors;
            if (result.firstError.isEmpty())
                result.firstError = u"only %1 of %2 subscribers got the event within %3 s"_s.arg(m_fanoutArrivals)
                                        .arg(m_fanoutExpected)
                                        .arg(std::chrono::seconds(kFanoutRoundTimeout).count());
            continue;
        }
        ++result.ok;
        result.latency.add(m_fanoutLastNs);
        firstArrival.add(m_fanoutFirstNs);
    }
    result.seconds = wall.nsecsElapsed() / 1e9;
    result.serverAfter = m_probe.sample();
    result.serverCpuPercent = ServerProbe::cpuPercent(result.serverBefore, result.serverAfter, result.seconds);
    result.timeBound = round < m_options.requests;
    result.extra = {{u"firstArrivalMs"_s, firstArrival.toJson()}, {u"createResponseMs"_s, createResponse.toJson()}};
    m_fanoutSubject.clear();
    for (const auto &client : group.clients)
        client->close();
    co_return result;
}

void BenchRunner::writeReport()
{
    BenchReport report;
    report.machine = machineInfo();
    report.server = {{u"host"_s, m_options.host}, {u"port"_s, m_options.port},    {u"tls"_s, m_options.tls},
                     {u"pid"_s, m_probe.pid()},   {u"idleRssKb"_s, m_idle.rssKb}, {u"ticketsAtStart"_s, m_maxTicketId}};
    report.options = {{u"scenarios"_s, QJsonArray::fromStringList(m_options.scenarios)},
                      {u"clients"_s, m_options.clients},
                      {u"pipeline"_s, m_options.pipeline},
                      {u"requests"_s, m_options.requests},
                      {u"subscribers"_s, m_options.subscribers},
                      {u"durationS"_s, m_options.durationS},
                      {u"seed"_s, qint64(m_options.seed)}};
    report.loadBefore = m_loadBefore;
    report.loadAfter = loadAverage();
    report.tcpFloor = &m_tcpFloor;
    report.fsyncFloor = &m_fsyncFloor;
    report.scenarios = &m_results;
    QTextStream(stdout) << '\n' << report.table() << Qt::flush;
    if (!m_options.jsonFile.isEmpty()) {
        QFile file(m_options.jsonFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(QJsonDocument(report.toJson()).toJson()) < 0)
            QTextStream(stderr) << "ccr-bench: cannot write " << m_options.jsonFile << Qt::endl;
    }
}

} // namespace ccr::bench

// Assignment against a real server: agent presence (online on login, away by
// choice, offline when the last connection closes), the automatic policies
// (round robin, least open work, category skills, off), and the admin's
// manual assignment — with typed errors that change nothing.
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {

const QString kPassword = u"correct horse battery"_s;
const QString kAdmin = u"admin@example.com"_s;
constexpr qint64 kBilling = 2; // categories from schema v4: General 1, Billing 2, Technical 3, Delivery 4
constexpr qint64 kTechnical = 3;

} // namespace

class AssignmentTest : public QObject
{
    Q_OBJECT

    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_customer;
    std::vector<std::unique_ptr<TestClient>> m_agents; // Anu, Bala, Chandra, in id order
    QList<qint64> m_agentIds;
    QStringList m_agentEmails;
    qint64 m_customerId = 0;

    std::unique_ptr<TestClient> loggedIn(const QString &email)
    {
        auto client = std::make_unique<TestClient>();
        if (!client->connectTo(m_server->endpoint()) || !client->login(email, kPassword).ok())
            return nullptr;
        const qint64 head = client->call(methods::ticketList).result[u"eventSeq"_s].toInteger();
        if (!client->call(methods::eventsSubscribe, {{u"since"_s, head}}).ok())
            return nullptr;
        return client;
    }

    Reply setPolicy(const QString &policy, bool useSkills)
    {
        return m_admin->call(methods::settingsAssignmentSet, {{u"policy"_s, policy}, {u"useSkills"_s, useSkills}});
    }

    QJsonObject raise(const QString &subject, qint64 categoryId = 0)
    {
        QJsonObject params{{u"subject"_s, subject}, {u"description"_s, u"Details."_s}};
        if (categoryId)
            params.insert(u"categoryId"_s, categoryId);
        return m_customer->call(methods::ticketCreate, params).result[u"ticket"_s].toObject();
    }

    QHash<qint64, QJsonObject> presence()
    {
        QHash<qint64, QJsonObject> agents;
        for (const auto &agent : m_admin->call(methods::presenceList).result[u"agents"_s].toArray())
            agents.insert(agent[u"id"_s].toInteger(), agent.toObject());
        return agents;
    }

    QString stateOf(qint64 agentId) { return presence().value(agentId)[u"state"_s].toString(); }

    bool sawPresence(qint64 agentId, const QString &state)
    {
        return QTest::qWaitFor(
            [&] {
                return std::any_of(m_admin->events.begin(), m_admin->events.end(), [&](const auto &event) {
                    return event.name == QString(events::presenceChanged)
                           && event.data[u"agentId"_s].toInteger() == agentId
                           && event.data[u"state"_s].toString() == state;
                });
            },
            5000);
    }

    // Every agent connected and online again, the policy off.
    bool reset()
    {
        for (std::size_t i = 0; i < m_agents.size(); ++i) {
            if (!m_agents[i]) {
                m_agents[i] = loggedIn(m_agentEmails[i]);
                if (!m_agents[i])
                    return false;
            }
            if (!m_agents[i]->call(methods::presenceSet, {{u"state"_s, u"online"_s}}).ok())
                return false;
        }
        return setPolicy(u"off"_s, false).ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_smtp.start());
        m_server = std::make_unique<ServerProcess>(m_smtp.serverArguments());
        QVERIFY(m_server->createAdmin(kAdmin, kPassword));
        QVERIFY(m_server->start());
        m_admin = loggedIn(kAdmin);
        QVERIFY(m_admin);
        for (const QString &first : {u"Anu"_s, u"Bala"_s, u"Chandra"_s}) {
            const QString email = first.toLower() + u"@example.com"_s;
            QVERIFY(m_admin
                        ->call(methods::userInvite, {{u"role"_s, u"agent"_s},
                                                     {u"firstName"_s, first},
                                                     {u"lastName"_s, u"Agent"_s},
                                                     {u"email"_s, email}})
                        .ok());
            QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(email).isEmpty(); }, 10000));
            TestClient accepting;
            QVERIFY(accepting.connectTo(m_server->endpoint()));
            QVERIFY(accepting
                        .call(methods::authAcceptInvitation, {{u"email"_s, email},
                                                              {u"code"_s, m_smtp.latestCodeFor(email)},
                                                              {u"password"_s, kPassword},
                                                              {u"passwordConfirmation"_s, kPassword}})
                        .ok());
            m_agents.push_back(loggedIn(email));
            QVERIFY(m_agents.back());
            m_agentIds.append(m_agents.back()->call(methods::profileGet).result[u"user"_s][u"id"_s].toInteger());
            m_agentEmails.append(email);
        }
        auto customer = std::make_unique<TestClient>();
        QVERIFY(customer->connectTo(m_server->endpoint()));
        QVERIFY(customer->registerCustomer(u"Chitra"_s, u"Tester"_s, u"chitra@example.com"_s, kPassword).ok());
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(u"chitra@example.com"_s).isEmpty(); }, 10000));
        m_customer = loggedIn(u"chitra@example.com"_s);
        QVERIFY(m_customer);
        QVERIFY(
            m_customer->call(methods::authConfirmEmail, {{u"code"_s, m_smtp.latestCodeFor(u"chitra@example.com"_s)}})
                .ok());
        m_customerId = m_customer->call(methods::profileGet).result[u"user"_s][u"id"_s].toInteger();
    }

    void init() { QVERIFY(reset()); }

    void agentsAreOnlineWhileConnected()
    {
        const auto agents = presence();
        QCOMPARE(agents.size(), 3);
        for (qint64 id : std::as_const(m_agentIds)) {
            QCOMPARE(agents[id][u"state"_s].toString(), u"online"_s);
            QCOMPARE(agents[id][u"skills"_s].toArray(), QJsonArray());
        }
        QCOMPARE(agents[m_agentIds[0]][u"name"_s].toString(), u"Anu Agent"_s);
        QVERIFY(m_agents[0]->call(methods::presenceList).ok()); // agents see it too

        // Away by choice, live at the admin.
        const Reply away = m_agents[1]->call(methods::presenceSet, {{u"state"_s, u"away"_s}});
        QVERIFY2(away.ok(), qPrintable(toString(away)));
        QVERIFY(sawPresence(m_agentIds[1], u"away"_s));
        QCOMPARE(stateOf(m_agentIds[1]), u"away"_s);

        // A second connection, then both closed: offline only after the last.
        auto second = loggedIn(m_agentEmails[2]);
        QVERIFY(second);
        m_agents[2].reset();
        QVERIFY(second->call(methods::ping).ok());
        QCOMPARE(stateOf(m_agentIds[2]), u"online"_s);
        second.reset();
        QVERIFY(sawPresence(m_agentIds[2], u"offline"_s));
        QCOMPARE(stateOf(m_agentIds[2]), u"offline"_s);

        // Logging in again is online again.
        m_agents[2] = loggedIn(m_agentEmails[2]);
        QVERIFY(m_agents[2]);
        QTRY_COMPARE(stateOf(m_agentIds[2]), u"online"_s);

        // Customers never hear about presence: events arrive in order, so
        // once their own later ticket.created is in, none was skipped.
        const qint64 later = raise(u"Presence is staff business"_s)[u"id"_s].toInteger();
        QTRY_VERIFY(std::any_of(m_customer->events.begin(), m_customer->events.end(), [&](const auto &event) {
            return event.name == QString(events::ticketCreated) && event.data[u"id"_s].toInteger() == later;
        }));
        for (const auto &event : std::as_const(m_customer->events))
            QVERIFY2(event.name != QString(events::presenceChanged), qPrintable(event.name));
    }

    void policyOffLeavesTicketsForTheAdmin()
    {
        const QJsonObject settings = m_admin->call(methods::settingsAssignmentGet).result;
        QCOMPARE(settings[u"policy"_s].toString(), u"off"_s);
        QCOMPARE(settings[u"useSkills"_s].toBool(), false);
        const QJsonObject ticket = raise(u"Nobody picks this"_s);
        QCOMPARE(ticket[u"status"_s].toString(), u"open"_s);
        QCOMPARE(ticket[u"assigneeId"_s].toInteger(), 0);
    }

    void roundRobinTakesOnlineAgentsInTurn()
    {
        QVERIFY(setPolicy(u"roundRobin"_s, false).ok());
        const qsizetype mailsBefore = m_smtp.mails().size();
        QList<qint64> assignees;
        QJsonObject last;
        for (int i = 0; i < 6; ++i) {
            last = raise(u"Round %1"_s.arg(i));
            QCOMPARE(last[u"status"_s].toString(), u"agent_assigned"_s);
            assignees.append(last[u"assigneeId"_s].toInteger());
        }
        // In id order, wherever the turn stood, and round again.
        const qsizetype start = m_agentIds.indexOf(assignees.first());
        QVERIFY(start >= 0);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(assignees[i], m_agentIds[(start + i) % 3]);

        // Exactly as ticket.assign: history (by the server), the customer's mail.
        const qint64 lastId = last[u"id"_s].toInteger();
        const QJsonArray history =
            m_admin->call(methods::ticketGet, {{u"ticketId"_s, lastId}}).result[u"history"_s].toArray();
        QStringList kinds;
        for (const auto &change : history)
            kinds << change[u"kind"_s].toString() + u':' + change[u"to"_s].toString() + u'@'
                         + QString::number(change[u"actorId"_s].toInteger());
        QCOMPARE(kinds, (QStringList{u"created:open@%1"_s.arg(m_customerId),
                                     u"assignee:%1@0"_s.arg(last[u"assigneeName"_s].toString()),
                                     u"status:agent_assigned@0"_s}));
        QVERIFY(m_smtp.waitForMails(mailsBefore + 6));
        const auto mails = m_smtp.mails();
        QVERIFY(std::any_of(mails.begin(), mails.end(), [&](const auto &mail) {
            return mail.header("subject") == u"[#%1] Round 5"_s.arg(lastId)
                   && mail.envelopeTo == u"chitra@example.com"_s;
        }));
        // The customer saw the assignment live, with the ticket itself.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(m_customer->events.begin(), m_customer->events.end(), [&](const auto &event) {
                    return event.name == QString(events::ticketCreated) && event.data[u"id"_s].toInteger() == lastId
                           && event.data[u"status"_s].toString() == u"agent_assigned"_s;
                });
            },
            5000));
    }

    void awayOfflineAndDeactivatedAgentsAreSkipped()
    {
        QVERIFY(setPolicy(u"roundRobin"_s, false).ok());
        QVERIFY(m_agents[1]->call(methods::presenceSet, {{u"state"_s, u"away"_s}}).ok());
        m_agents[2].reset(); // offline
        QTRY_COMPARE(stateOf(m_agentIds[2]), u"offline"_s);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(raise(u"Only Anu %1"_s.arg(i))[u"assigneeId"_s].toInteger(), m_agentIds[0]);

        // Deactivated: gone at once (sessions end), and never chosen.
        QVERIFY(m_admin->call(methods::userDeactivate, {{u"userId"_s, m_agentIds[0]}}).ok());
        const QJsonObject orphan = raise(u"Nobody left"_s);
        QCOMPARE(orphan[u"status"_s].toString(), u"open"_s);
        QCOMPARE(orphan[u"assigneeId"_s].toInteger(), 0);
        QVERIFY(!presence().contains(m_agentIds[0])); // the list shows active agents only
        QVERIFY(m_admin->call(methods::userReactivate, {{u"userId"_s, m_agentIds[0]}}).ok());
        m_agents[0].reset();
    }

    void leastOpenWorkGoesFirst()
    {
        QVERIFY(setPolicy(u"leastOpen"_s, false).ok());
        for (int i = 0; i < 5; ++i) {
            const auto before = presence();
            qint64 expected = 0;
            int fewest = std::numeric_limits<int>::max();
            for (qint64 id : std::as_const(m_agentIds)) { // ties: the lower id
                if (before[id][u"openTickets"_s].toInt() < fewest) {
                    fewest = before[id][u"openTickets"_s].toInt();
                    expected = id;
                }
            }
            const QJsonObject ticket = raise(u"Least %1"_s.arg(i));
            QCOMPARE(ticket[u"assigneeId"_s].toInteger(), expected);
            QCOMPARE(presence()[expected][u"openTickets"_s].toInt(), fewest + 1);
        }
        // Resolved work does not count.
        const QJsonObject ticket = raise(u"Least, then resolved"_s);
        const qint64 owner = ticket[u"assigneeId"_s].toInteger();
        const int open = presence()[owner][u"openTickets"_s].toInt();
        QVERIFY(m_admin
                    ->call(methods::ticketSetStatus,
                           {{u"ticketId"_s, ticket[u"id"_s].toInteger()}, {u"status"_s, u"resolved"_s}})
                    .ok());
        QCOMPARE(presence()[owner][u"openTickets"_s].toInt(), open - 1);
    }

    void skillsRestrictTheChoice()
    {
        const Reply skills = m_admin->call(methods::agentSetSkills,
                                           {{u"agentId"_s, m_agentIds[1]}, {u"categoryIds"_s, QJsonArray{kBilling}}});
        QVERIFY2(skills.ok(), qPrintable(toString(skills)));
        QCOMPARE(presence()[m_agentIds[1]][u"skills"_s].toArray(), QJsonArray{kBilling});
        QVERIFY(setPolicy(u"roundRobin"_s, true).ok());

        for (int i = 0; i < 3; ++i) {
            const QJsonObject billing = raise(u"Invoice %1"_s.arg(i), kBilling);
            QCOMPARE(billing[u"assigneeId"_s].toInteger(), m_agentIds[1]);
        }
        // Nobody is skilled in Technical: it stays open for an admin.
        const QJsonObject technical = raise(u"Router"_s, kTechnical);
        QCOMPARE(technical[u"status"_s].toString(), u"open"_s);
        QCOMPARE(technical[u"assigneeId"_s].toInteger(), 0);
        // The skilled agent away: nobody.
        QVERIFY(m_agents[1]->call(methods::presenceSet, {{u"state"_s, u"away"_s}}).ok());
        QCOMPARE(raise(u"Invoice while away"_s, kBilling)[u"assigneeId"_s].toInteger(), 0);
        // Without skills in use, anybody online.
        QVERIFY(setPolicy(u"roundRobin"_s, false).ok());
        QVERIFY(raise(u"Router again"_s, kTechnical)[u"assigneeId"_s].toInteger() != 0);
        // Skills cleared.
        QVERIFY(
            m_admin->call(methods::agentSetSkills, {{u"agentId"_s, m_agentIds[1]}, {u"categoryIds"_s, QJsonArray{}}})
                .ok());
        QCOMPARE(presence()[m_agentIds[1]][u"skills"_s].toArray(), QJsonArray());
    }

    void adminsAssignAndReassign()
    {
        const QJsonObject ticket = raise(u"By hand"_s);
        const qint64 id = ticket[u"id"_s].toInteger();
        const qsizetype mailsBefore = m_smtp.mails().size();
        Reply reply = m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_agentIds[0]}});
        QVERIFY2(reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(reply.result[u"ticket"_s][u"status"_s].toString(), u"agent_assigned"_s);
        reply = m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_agentIds[2]}});
        QVERIFY2(reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(reply.result[u"ticket"_s][u"assigneeName"_s].toString(), u"Chandra Agent"_s);
        QCOMPARE(reply.result[u"ticket"_s][u"status"_s].toString(), u"agent_assigned"_s);
        QVERIFY(m_smtp.waitForMails(mailsBefore + 2)); // the customer hears of both
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(m_customer->events.begin(), m_customer->events.end(), [&](const auto &event) {
                    return event.name == QString(events::ticketUpdated) && event.data[u"id"_s].toInteger() == id
                           && event.data[u"assigneeId"_s].toInteger() == m_agentIds[2];
                });
            },
            5000));
        const QJsonArray history =
            m_admin->call(methods::ticketGet, {{u"ticketId"_s, id}}).result[u"history"_s].toArray();
        const QJsonObject last = history.last().toObject();
        QCOMPARE(last[u"kind"_s].toString(), u"assignee"_s);
        QCOMPARE(last[u"from"_s].toString(), u"Anu Agent"_s);
        QCOMPARE(last[u"to"_s].toString(), u"Chandra Agent"_s);
        QCOMPARE(last[u"actorName"_s].toString(), u"Ada Admin"_s);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown policy") << u"admin"_s << QString(methods::settingsAssignmentSet)
                                        << QJsonObject{{u"policy"_s, u"random"_s}} << ErrorCode::ValidationFailed
                                        << u"policy"_s;
        QTest::newRow("useSkills not a bool")
            << u"admin"_s << QString(methods::settingsAssignmentSet) << QJsonObject{{u"useSkills"_s, u"yes"_s}}
            << ErrorCode::InvalidParams << u"useSkills"_s;
        QTest::newRow("agent sets the policy")
            << u"agent"_s << QString(methods::settingsAssignmentSet) << QJsonObject{{u"policy"_s, u"leastOpen"_s}}
            << ErrorCode::Forbidden << QString();
        QTest::newRow("customer reads the policy") << u"customer"_s << QString(methods::settingsAssignmentGet)
                                                   << QJsonObject{} << ErrorCode::Forbidden << QString();
        QTest::newRow("skills for a customer")
            << u"admin"_s << QString(methods::agentSetSkills)
            << QJsonObject{{u"agentId"_s, u"customer"_s}, {u"categoryIds"_s, QJsonArray{kBilling}}}
            << ErrorCode::ValidationFailed << u"agentId"_s;
        QTest::newRow("skills for an admin")
            << u"admin"_s << QString(methods::agentSetSkills)
            << QJsonObject{{u"agentId"_s, u"admin"_s}, {u"categoryIds"_s, QJsonArray{kBilling}}}
            << ErrorCode::ValidationFailed << u"agentId"_s;
        QTest::newRow("skills for a deactivated agent")
            << u"admin"_s << QString(methods::agentSetSkills)
            << QJsonObject{{u"agentId"_s, u"deactivated"_s}, {u"categoryIds"_s, QJsonArray{kBilling}}}
            << ErrorCode::ValidationFailed << u"agentId"_s;
        QTest::newRow("unknown category")
            << u"admin"_s << QString(methods::agentSetSkills)
            << QJsonObject{{u"agentId"_s, u"agent"_s}, {u"categoryIds"_s, QJsonArray{kBilling, 99999}}}
            << ErrorCode::ValidationFailed << u"categoryIds"_s;
        QTest::newRow("category ids not numbers")
            << u"admin"_s << QString(methods::agentSetSkills)
            << QJsonObject{{u"agentId"_s, u"agent"_s}, {u"categoryIds"_s, QJsonArray{u"2; DROP TABLE users"_s}}}
            << ErrorCode::InvalidParams << u"categoryIds"_s;
        QTest::newRow("agent sets skills")
            << u"agent"_s << QString(methods::agentSetSkills)
            << QJsonObject{{u"agentId"_s, u"agent"_s}, {u"categoryIds"_s, QJsonArray{kBilling}}} << ErrorCode::Forbidden
            << QString();
        QTest::newRow("presence offline by hand")
            << u"agent"_s << QString(methods::presenceSet) << QJsonObject{{u"state"_s, u"offline"_s}}
            << ErrorCode::ValidationFailed << u"state"_s;
        QTest::newRow("admin presence") << u"admin"_s << QString(methods::presenceSet)
                                        << QJsonObject{{u"state"_s, u"away"_s}} << ErrorCode::Forbidden << QString();
        QTest::newRow("customer presence")
            << u"customer"_s << QString(methods::presenceSet) << QJsonObject{{u"state"_s, u"online"_s}}
            << ErrorCode::Forbidden << QString();
        QTest::newRow("customer lists presence")
            << u"customer"_s << QString(methods::presenceList) << QJsonObject{} << ErrorCode::Forbidden << QString();
        QTest::newRow("assign to a deactivated agent")
            << u"admin"_s << QString(methods::ticketAssign)
            << QJsonObject{{u"ticketId"_s, u"ticket"_s}, {u"agentId"_s, u"deactivated"_s}}
            << ErrorCode::ValidationFailed << u"agentId"_s;
        QTest::newRow("assign to a customer")
            << u"admin"_s << QString(methods::ticketAssign)
            << QJsonObject{{u"ticketId"_s, u"ticket"_s}, {u"agentId"_s, u"customer"_s}} << ErrorCode::ValidationFailed
            << u"agentId"_s;
        QTest::newRow("assign to an admin") << u"admin"_s << QString(methods::ticketAssign)
                                            << QJsonObject{{u"ticketId"_s, u"ticket"_s}, {u"agentId"_s, u"admin"_s}}
                                            << ErrorCode::ValidationFailed << u"agentId"_s;
        QTest::newRow("assign to nobody known") << u"admin"_s << QString(methods::ticketAssign)
                                                << QJsonObject{{u"ticketId"_s, u"ticket"_s}, {u"agentId"_s, 987654}}
                                                << ErrorCode::ValidationFailed << u"agentId"_s;
        QTest::newRow("agent assigns") << u"agent"_s << QString(methods::ticketAssign)
                                       << QJsonObject{{u"ticketId"_s, u"ticket"_s}, {u"agentId"_s, u"agent"_s}}
                                       << ErrorCode::Forbidden << QString();
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(ErrorCode, code);
        QFETCH(QString, field);
        // A deactivated agent of its own, and a fresh open ticket.
        static qint64 deactivated = 0;
        if (!deactivated) {
            const QString email = u"dev@example.com"_s;
            QVERIFY(m_admin
                        ->call(methods::userInvite, {{u"role"_s, u"agent"_s},
                                                     {u"firstName"_s, u"Dev"_s},
                                                     {u"lastName"_s, u"Gone"_s},
                                                     {u"email"_s, email}})
                        .ok());
            QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(email).isEmpty(); }, 10000));
            TestClient accepting;
            QVERIFY(accepting.connectTo(m_server->endpoint()));
            const Reply accepted =
                accepting.call(methods::authAcceptInvitation, {{u"email"_s, email},
                                                               {u"code"_s, m_smtp.latestCodeFor(email)},
                                                               {u"password"_s, kPassword},
                                                               {u"passwordConfirmation"_s, kPassword}});
            QVERIFY(accepted.ok());
            deactivated = accepting.login(email, kPassword).result[u"user"_s][u"id"_s].toInteger();
            QVERIFY(m_admin->call(methods::userDeactivate, {{u"userId"_s, deactivated}}).ok());
        }
        const qint64 ticketId = raise(u"Bad input target"_s)[u"id"_s].toInteger();
        const qint64 adminId = m_admin->call(methods::profileGet).result[u"user"_s][u"id"_s].toInteger();
        const QHash<QString, qint64> ids{{u"customer"_s, m_customerId},
                                         {u"admin"_s, adminId},
                                         {u"deactivated"_s, deactivated},
                                         {u"agent"_s, m_agentIds[0]},
                                         {u"ticket"_s, ticketId}};
        for (auto it = params.begin(); it != params.end(); ++it) {
            if (it->isString() && ids.contains(it->toString()))
                *it = ids.value(it->toString());
        }
        TestClient *client = who == u"admin" ? m_admin.get() : who == u"agent" ? m_agents[0].get() : m_customer.get();
        const QJsonObject settingsBefore = m_admin->call(methods::settingsAssignmentGet).result;
        const auto presenceBefore = presence();
        const QJsonObject ticketBefore = m_admin->call(methods::ticketGet, {{u"ticketId"_s, ticketId}}).result;

        const Reply reply = client->call(method, params);
        QVERIFY2(!reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(errorCodeName(reply.error->code), errorCodeName(code));
        QCOMPARE(reply.error->field, field);

        QCOMPARE(m_admin->call(methods::settingsAssignmentGet).result, settingsBefore);
        QCOMPARE(presence(), presenceBefore);
        QCOMPARE(m_admin->call(methods::ticketGet, {{u"ticketId"_s, ticketId}}).result, ticketBefore);
    }
};

QTEST_GUILESS_MAIN(AssignmentTest)
#include "tst_assignment.moc"

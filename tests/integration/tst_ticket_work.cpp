// Assignment and the lifecycle through the real protocol: who may do what,
// what every other client sees live, what the history says, and the mails
// the customer receives (threaded per ticket).
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
}

class TicketWorkTest : public QObject
{
    Q_OBJECT

    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_customer;
    qint64 m_agentId = 0;
    qint64 m_customerId = 0;

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        return client->connectTo(m_server->endpoint()) ? std::move(client) : nullptr;
    }

    // A customer through registration and the mailed confirmation code.
    std::unique_ptr<TestClient> confirmedCustomer(const QString &first, const QString &email)
    {
        auto client = connected();
        if (!client || !client->registerCustomer(first, u"Tester"_s, email, kPassword).ok()
            || !QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(email).isEmpty(); }, 10000)
            || !client->login(email, kPassword).ok()
            || !client->call(methods::authConfirmEmail, {{u"code"_s, m_smtp.latestCodeFor(email)}}).ok())
            return nullptr;
        return client;
    }

    qint64 raiseTicket(TestClient &client, const QString &subject)
    {
        return client.call(methods::ticketCreate, {{u"subject"_s, subject}, {u"description"_s, u"Details."_s}})
            .result[u"ticket"_s][u"id"_s]
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_smtp.start());
        m_server = std::make_unique<ServerProcess>(m_smtp.serverArguments());
        QVERIFY(m_server->createAdmin(u"admin@example.com"_s, kPassword));
        QVERIFY(m_server->start());
        m_admin = connected();
        QVERIFY(m_admin && m_admin->login(u"admin@example.com"_s, kPassword).ok());

        // An agent, invited by the admin, with the code from the mail.
        QVERIFY(m_admin
                    ->call(methods::userInvite, {{u"role"_s, u"agent"_s},
                                                 {u"firstName"_s, u"Arun"_s},
                                                 {u"lastName"_s, u"Agent"_s},
                                                 {u"email"_s, u"arun@example.com"_s}})
                    .ok());
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(u"arun@example.com"_s).isEmpty(); }, 10000));
        m_agent = connected();
        QVERIFY(m_agent
                    ->call(methods::authAcceptInvitation, {{u"email"_s, u"arun@example.com"_s},
                                                           {u"code"_s, m_smtp.latestCodeFor(u"arun@example.com"_s)},
                                                           {u"password"_s, kPassword},
                                                           {u"passwordConfirmation"_s, kPassword}})
                    .ok());
        const Reply agentLogin = m_agent->login(u"arun@example.com"_s, kPassword);
        QVERIFY(agentLogin.ok());
        m_agentId = agentLogin.result[u"user"_s][u"id"_s].toInteger();

        m_customer = confirmedCustomer(u"Chitra"_s, u"chitra@example.com"_s);
        QVERIFY(m_customer);
        m_customerId = m_customer->call(methods::profileGet).result[u"user"_s][u"id"_s].toInteger();
        for (auto *client : {m_admin.get(), m_agent.get(), m_customer.get()}) {
            const qint64 head = client->call(methods::ticketList).result[u"eventSeq"_s].toInteger();
            QVERIFY(client->call(methods::eventsSubscribe, {{u"since"_s, head}}).ok());
        }
    }

    void adminAssignsAndTheCustomerIsTold()
    {
        const qint64 id = raiseTicket(*m_customer, u"Internet down"_s);
        QVERIFY(id > 0);
        m_customer->events.clear();
        const qsizetype mailsBefore = m_smtp.mails().size();

        const Reply assigned = m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_agentId}});
        QVERIFY2(assigned.ok(), qPrintable(toString(assigned)));
        QCOMPARE(assigned.result[u"ticket"_s][u"status"_s].toString(), u"agent_assigned"_s);
        QCOMPARE(assigned.result[u"ticket"_s][u"assigneeName"_s].toString(), u"Arun Agent"_s);

        // Live, without refresh, on the customer's connection.
        QVERIFY(m_customer->waitForEvents(1));
        QCOMPARE(m_customer->events.last().name, QString(events::ticketUpdated));
        QCOMPARE(m_customer->events.last().data[u"assigneeName"_s].toString(), u"Arun Agent"_s);

        // And by mail, threaded on the ticket.
        QVERIFY(m_smtp.waitForMails(mailsBefore + 1));
        const CapturedMail mail = m_smtp.mails().last();
        QCOMPARE(mail.envelopeTo, u"chitra@example.com"_s);
        QCOMPARE(mail.header("subject"), u"[#%1] Internet down"_s.arg(id));
        QVERIFY(mail.header("in-reply-to").startsWith(u"<ticket-%1@"_s.arg(id)));
        QCOMPARE(mail.header("references"), mail.header("in-reply-to"));
        QVERIFY2(mail.text.contains(u"Arun Agent"_s), qPrintable(mail.text));
    }

    void theLifecycleIsEnforcedAndRecorded()
    {
        const qint64 id = raiseTicket(*m_customer, u"Refund missing"_s);
        QCOMPARE(
            m_agent->call(methods::ticketSetStatus, {{u"ticketId"_s, id}, {u"status"_s, u"in_progress"_s}}).error->code,
            ErrorCode::InvalidTransition); // not assigned to them, not assigned at all
        QVERIFY(m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_agentId}}).ok());

        struct Step
        {
            TestClient *who;
            QString to;
            bool allowed;
        };
        const QList<Step> steps = {
            {m_customer.get(), u"resolved"_s, false},
            {m_agent.get(), u"in_progress"_s, true},
            {m_agent.get(), u"waiting_on_customer"_s, true},
            {m_agent.get(), u"in_progress"_s, true},
            {m_agent.get(), u"open"_s, false},
            {m_agent.get(), u"resolved"_s, true},
            {m_customer.get(), u"in_progress"_s, true},
            {m_admin.get(), u"resolved"_s, true},
            {m_customer.get(), u"closed"_s, true},
            {m_agent.get(), u"resolved"_s, false},
        };
        for (const auto &step : steps) {
            const Reply reply = step.who->call(methods::ticketSetStatus, {{u"ticketId"_s, id}, {u"status"_s, step.to}});
            QVERIFY2(reply.ok() == step.allowed, qPrintable(step.to + u": "_s + toString(reply)));
            if (!step.allowed)
                QCOMPARE(reply.error->code, ErrorCode::InvalidTransition);
        }

        const Reply opened = m_customer->call(methods::ticketGet, {{u"ticketId"_s, id}});
        QVERIFY2(opened.ok(), qPrintable(toString(opened)));
        QCOMPARE(opened.result[u"ticket"_s][u"status"_s].toString(), u"closed"_s);
        QCOMPARE(opened.result[u"description"_s].toString(), u"Details."_s);
        QStringList history;
        for (const auto &change : opened.result[u"history"_s].toArray())
            history << change[u"kind"_s].toString() + u':' + change[u"to"_s].toString() + u'@'
                           + change[u"actorName"_s].toString();
        QCOMPARE(history, (QStringList{u"created:open@Chitra Tester"_s, u"assignee:Arun Agent@Ada Admin"_s,
                                       u"status:agent_assigned@Ada Admin"_s, u"status:in_progress@Arun Agent"_s,
                                       u"status:waiting_on_customer@Arun Agent"_s, u"status:in_progress@Arun Agent"_s,
                                       u"status:resolved@Arun Agent"_s, u"status:in_progress@Chitra Tester"_s,
                                       u"status:resolved@Ada Admin"_s, u"status:closed@Chitra Tester"_s}));
        // A closed ticket offers the customer only reopening.
        QCOMPARE(opened.result[u"allowedStatuses"_s].toArray(), QJsonArray{u"in_progress"_s});
    }

    void resolutionMailAsksForFeedbackEvenWithOptionalMailOff()
    {
        QVERIFY(m_customer->call(methods::profileUpdate, {{u"optionalMail"_s, false}}).ok());
        const qint64 id = raiseTicket(*m_customer, u"Slow line"_s);
        const qsizetype beforeAssignment = m_smtp.mails().size();
        QVERIFY(m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_agentId}}).ok());
        QVERIFY(m_smtp.waitForMails(beforeAssignment + 1)); // assignment mails are not optional
        const qsizetype before = m_smtp.mails().size();
        QVERIFY(m_agent->call(methods::ticketSetStatus, {{u"ticketId"_s, id}, {u"status"_s, u"in_progress"_s}}).ok());
        QVERIFY(m_agent->call(methods::ticketSetStatus, {{u"ticketId"_s, id}, {u"status"_s, u"resolved"_s}}).ok());
        QVERIFY(m_smtp.waitForMails(before + 1));
        QTest::qWait(1500); // an optional "in progress" mail, wrongly sent, would have arrived by now
        QCOMPARE(m_smtp.mails().size(), before + 1);
        QVERIFY2(m_smtp.mails().last().text.contains(u"rate"_s), qPrintable(m_smtp.mails().last().text));
        QVERIFY(m_customer->call(methods::profileUpdate, {{u"optionalMail"_s, true}}).ok());
    }

    void nobodyReachesWhatTheyMayNot_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("customer assigns") << u"customer"_s << QString(methods::ticketAssign)
                                          << QJsonObject{{u"ticketId"_s, 1}, {u"agentId"_s, 2}} << ErrorCode::Forbidden;
        QTest::newRow("agent assigns") << u"agent"_s << QString(methods::ticketAssign)
                                       << QJsonObject{{u"ticketId"_s, 1}, {u"agentId"_s, 2}} << ErrorCode::Forbidden;
        QTest::newRow("guessing another's ticket")
            << u"other"_s << QString(methods::ticketGet) << QJsonObject{{u"ticketId"_s, 1}} << ErrorCode::NotFound;
        QTest::newRow("closing another's ticket")
            << u"other"_s << QString(methods::ticketSetStatus)
            << QJsonObject{{u"ticketId"_s, 1}, {u"status"_s, u"closed"_s}} << ErrorCode::NotFound;
        QTest::newRow("no such ticket") << u"admin"_s << QString(methods::ticketGet)
                                        << QJsonObject{{u"ticketId"_s, 999999}} << ErrorCode::NotFound;
        QTest::newRow("assign to a customer")
            << u"admin"_s << QString(methods::ticketAssign) << QJsonObject{{u"ticketId"_s, 1}, {u"agentId"_s, 1}}
            << ErrorCode::ValidationFailed;
        QTest::newRow("unknown status") << u"admin"_s << QString(methods::ticketSetStatus)
                                        << QJsonObject{{u"ticketId"_s, 1},
                                                       {u"status"_s, u"done'; DROP TABLE tickets;--"_s}}
                                        << ErrorCode::InvalidParams;
        QTest::newRow("negative id") << u"admin"_s << QString(methods::ticketGet) << QJsonObject{{u"ticketId"_s, -5}}
                                     << ErrorCode::InvalidParams;
    }

    void nobodyReachesWhatTheyMayNot()
    {
        QFETCH(QString, who);
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(ErrorCode, code);
        std::unique_ptr<TestClient> other;
        TestClient *client = who == u"customer" ? m_customer.get()
                             : who == u"agent"  ? m_agent.get()
                             : who == u"admin"  ? m_admin.get()
                                                : nullptr;
        if (!client) {
            other = confirmedCustomer(u"Other"_s,
                                      u"other-%1@example.com"_s.arg(QTest::currentDataTag()).replace(u' ', u'-'));
            QVERIFY(other);
            client = other.get();
        }
        const Reply reply = client->call(method, params);
        QVERIFY2(!reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(errorCodeName(reply.error->code), errorCodeName(code));
        // Ticket 1 is unchanged by any of it.
        QCOMPARE(m_admin->call(methods::ticketGet, {{u"ticketId"_s, 1}}).result[u"ticket"_s][u"status"_s].toString(),
                 u"agent_assigned"_s);
    }

    void deactivatedAgentsGetNoTickets()
    {
        const qint64 id = raiseTicket(*m_customer, u"Modem lights"_s);
        QVERIFY(m_admin->call(methods::userDeactivate, {{u"userId"_s, m_agentId}}).ok());
        const Reply refused = m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_agentId}});
        QCOMPARE(refused.error->code, ErrorCode::ValidationFailed);
        QCOMPARE(refused.error->field, u"agentId"_s);
        QVERIFY(m_admin->call(methods::userReactivate, {{u"userId"_s, m_agentId}}).ok());
    }
};

QTEST_GUILESS_MAIN(TicketWorkTest)
#include "tst_ticket_work.moc"

// Feedback through the real protocol: a customer rates the agent on a
// resolved ticket, changes the rating until the ticket is closed, everyone
// allowed hears of it live, ticket.get shows it, and admins read each
// agent's count and average from the running totals — which follow a
// rating to the agent who resolved the ticket in the end.
#include <ServerProcess.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {
const QString kPassword = u"correct horse battery"_s;
}

class FeedbackTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_anil; // agents
    std::unique_ptr<TestClient> m_bela;
    std::unique_ptr<TestClient> m_customer;
    std::unique_ptr<TestClient> m_other;
    qint64 m_anilId = 0;
    qint64 m_belaId = 0;

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        return client->connectTo(m_server->endpoint()) ? std::move(client) : nullptr;
    }

    std::unique_ptr<TestClient> agent(const QString &first, const QString &email, qint64 *id)
    {
        auto client = connected();
        if (!client)
            return nullptr;
        const Reply registered = client->call(methods::authRegisterAgent, {{u"firstName"_s, first},
                                                                           {u"lastName"_s, u"Agent"_s},
                                                                           {u"email"_s, email},
                                                                           {u"password"_s, kPassword},
                                                                           {u"passwordConfirmation"_s, kPassword}});
        *id = registered.result[u"user"_s][u"id"_s].toInteger();
        if (!registered.ok() || !m_admin->call(methods::userApprove, {{u"userId"_s, *id}}).ok()
            || !client->login(email, kPassword).ok())
            return nullptr;
        return client;
    }

    std::unique_ptr<TestClient> customer(const QString &first, const QString &email)
    {
        auto client = connected();
        if (!client || !client->registerCustomer(first, u"Tester"_s, email, kPassword).ok()
            || !client->login(email, kPassword).ok())
            return nullptr;
        return client;
    }

    bool setStatus(TestClient &who, qint64 ticketId, const QString &status)
    {
        const Reply reply = who.call(methods::ticketSetStatus, {{u"ticketId"_s, ticketId}, {u"status"_s, status}});
        if (!reply.ok())
            qWarning() << status << toString(reply);
        return reply.ok();
    }

    // A ticket of the customer's, assigned to the agent and resolved by them.
    qint64 resolvedBy(TestClient &agent, qint64 agentId, const QString &subject)
    {
        const qint64 id =
            m_customer->call(methods::ticketCreate, {{u"subject"_s, subject}, {u"description"_s, u"Help."_s}})
                .result[u"ticket"_s][u"id"_s]
                .toInteger();
        if (id <= 0 || !m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, agentId}}).ok()
            || !setStatus(agent, id, u"in_progress"_s) || !setStatus(agent, id, u"resolved"_s))
            return 0;
        return id;
    }

    Reply rate(qint64 ticketId, int score, const QString &comment = {})
    {
        QJsonObject params{{u"ticketId"_s, ticketId}, {u"score"_s, score}};
        if (!comment.isNull())
            params.insert(u"comment"_s, comment);
        return m_customer->call(methods::ticketRate, params);
    }

    // agentId -> "ratings/average" as the admin reads it.
    QHash<qint64, QString> stats()
    {
        QHash<qint64, QString> byAgent;
        const Reply reply = m_admin->call(methods::agentStats);
        for (const auto &agent : reply.result[u"agents"_s].toArray()) {
            const QJsonValue average = agent[u"averageScore"_s];
            byAgent.insert(agent[u"agentId"_s].toInteger(),
                           u"%1/%2"_s.arg(agent[u"ratings"_s].toInteger())
                               .arg(average.isNull() ? u"-"_s : QString::number(average.toDouble())));
        }
        return byAgent;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->createAdmin(u"admin@example.com"_s, kPassword));
        QVERIFY(m_server->start());
        m_admin = connected();
        QVERIFY(m_admin && m_admin->login(u"admin@example.com"_s, kPassword).ok());
        m_anil = agent(u"Anil"_s, u"anil@example.com"_s, &m_anilId);
        m_bela = agent(u"Bela"_s, u"bela@example.com"_s, &m_belaId);
        m_customer = customer(u"Chitra"_s, u"chitra@example.com"_s);
        m_other = customer(u"Dinesh"_s, u"dinesh@example.com"_s);
        QVERIFY(m_anil && m_bela && m_customer && m_other);
        for (auto *client : {m_admin.get(), m_anil.get(), m_customer.get(), m_other.get()}) {
            const qint64 head = client->call(methods::ticketList).result[u"eventSeq"_s].toInteger();
            QVERIFY(client->call(methods::eventsSubscribe, {{u"since"_s, head}}).ok());
        }
    }

    void noRatingsYet()
    {
        const auto before = stats();
        QCOMPARE(before.value(m_anilId), u"0/-"_s);
        QCOMPARE(before.value(m_belaId), u"0/-"_s);
    }

    void rateChangeThenClosed()
    {
        const qint64 id = resolvedBy(*m_anil, m_anilId, u"No dial tone"_s);
        QVERIFY(id > 0);
        m_admin->events.clear();
        m_customer->events.clear();
        m_other->events.clear();

        const Reply rated = rate(id, 4, u"Quick and kind 👍"_s);
        QVERIFY2(rated.ok(), qPrintable(toString(rated)));
        const QJsonObject rating = rated.result[u"rating"_s].toObject();
        QCOMPARE(rating[u"ticketId"_s].toInteger(), id);
        QCOMPARE(rating[u"score"_s].toInt(), 4);
        QCOMPARE(rating[u"comment"_s].toString(), u"Quick and kind 👍"_s);
        QCOMPARE(rating[u"agentId"_s].toInteger(), m_anilId);
        QVERIFY(!rating[u"updatedAt"_s].toString().isEmpty());
        QCOMPARE(stats().value(m_anilId), u"1/4"_s);

        // Live to the customer and staff, not to another customer.
        for (auto *client : {m_admin.get(), m_customer.get()}) {
            QVERIFY(client->waitForEvents(1));
            QCOMPARE(client->events.last().name, QString(events::ticketRated));
            QCOMPARE(client->events.last().data[u"rating"_s][u"score"_s].toInt(), 4);
        }
        QVERIFY(m_other->call(methods::ping).ok());
        QVERIFY(m_other->events.isEmpty());

        // ticket.get shows it, to the customer and to staff.
        for (auto *client : {m_customer.get(), m_anil.get()}) {
            const Reply opened = client->call(methods::ticketGet, {{u"ticketId"_s, id}});
            QVERIFY2(opened.ok(), qPrintable(toString(opened)));
            QCOMPARE(opened.result[u"rating"_s][u"score"_s].toInt(), 4);
        }

        // Changed, not added: still one rating, the new score.
        const Reply changed = rate(id, 2);
        QVERIFY2(changed.ok(), qPrintable(toString(changed)));
        QCOMPARE(changed.result[u"rating"_s][u"comment"_s].toString(), QString());
        QCOMPARE(stats().value(m_anilId), u"1/2"_s);

        // Closed: final.
        QVERIFY(setStatus(*m_customer, id, u"closed"_s));
        const Reply late = rate(id, 5);
        QVERIFY(!late.ok());
        QCOMPARE(errorCodeName(late.error->code), errorCodeName(ErrorCode::TicketClosed));
        QCOMPARE(stats().value(m_anilId), u"1/2"_s);
        QCOMPARE(m_anil->call(methods::ticketGet, {{u"ticketId"_s, id}}).result[u"rating"_s][u"score"_s].toInt(), 2);
    }

    void averagesPerAgent()
    {
        // Anil so far: one rating of 2.
        const qint64 five = resolvedBy(*m_anil, m_anilId, u"Bill too high"_s);
        const qint64 three = resolvedBy(*m_anil, m_anilId, u"Bill still too high"_s);
        const qint64 one = resolvedBy(*m_bela, m_belaId, u"Router reboots"_s);
        QVERIFY(five > 0 && three > 0 && one > 0);
        QVERIFY(rate(five, 5).ok());
        QVERIFY(rate(three, 3).ok());
        QVERIFY(rate(one, 1).ok());
        QCOMPARE(stats().value(m_anilId), u"3/3.33"_s); // (2 + 5 + 3) / 3
        QCOMPARE(stats().value(m_belaId), u"1/1"_s);

        // Reopened, handed to Bela, resolved by her: the rating moves with it.
        QVERIFY(setStatus(*m_customer, five, u"in_progress"_s));
        QVERIFY(m_admin->call(methods::ticketAssign, {{u"ticketId"_s, five}, {u"agentId"_s, m_belaId}}).ok());
        QVERIFY(setStatus(*m_bela, five, u"resolved"_s));
        QVERIFY(rate(five, 4).ok());
        QCOMPARE(stats().value(m_anilId), u"2/2.5"_s); // (2 + 3) / 2
        QCOMPARE(stats().value(m_belaId), u"2/2.5"_s); // (1 + 4) / 2
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("ticket"); // resolved, other, in_progress, open, none
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("field");
        const QJsonObject four{{u"score"_s, 4}};
        QTest::newRow("someone else's ticket")
            << u"other"_s << u"resolved"_s << four << ErrorCode::NotFound << u"ticketId"_s;
        QTest::newRow("not resolved yet")
            << u"customer"_s << u"in_progress"_s << four << ErrorCode::TicketNotResolved << u"ticketId"_s;
        QTest::newRow("no agent yet") << u"customer"_s << u"open"_s << four << ErrorCode::TicketNotResolved
                                      << u"ticketId"_s;
        QTest::newRow("no such ticket") << u"customer"_s << u"none"_s << four << ErrorCode::NotFound << u"ticketId"_s;
        QTest::newRow("score 0") << u"customer"_s << u"resolved"_s << QJsonObject{{u"score"_s, 0}}
                                 << ErrorCode::InvalidParams << u"score"_s;
        QTest::newRow("score 6") << u"customer"_s << u"resolved"_s << QJsonObject{{u"score"_s, 6}}
                                 << ErrorCode::InvalidParams << u"score"_s;
        QTest::newRow("score 2.5") << u"customer"_s << u"resolved"_s << QJsonObject{{u"score"_s, 2.5}}
                                   << ErrorCode::InvalidParams << u"score"_s;
        QTest::newRow("score as text") << u"customer"_s << u"resolved"_s << QJsonObject{{u"score"_s, u"5"_s}}
                                       << ErrorCode::InvalidParams << u"score"_s;
        QTest::newRow("no score") << u"customer"_s << u"resolved"_s << QJsonObject{} << ErrorCode::InvalidParams
                                  << u"score"_s;
        QTest::newRow("comment of 2001 characters")
            << u"customer"_s << u"resolved"_s << QJsonObject{{u"score"_s, 3}, {u"comment"_s, QString(2001, u'x')}}
            << ErrorCode::ValidationFailed << u"comment"_s;
        QString emoji;
        for (int i = 0; i < 2001; ++i)
            emoji += u"😀"_s;
        QTest::newRow("comment of 2001 emoji")
            << u"customer"_s << u"resolved"_s << QJsonObject{{u"score"_s, 3}, {u"comment"_s, emoji}}
            << ErrorCode::ValidationFailed << u"comment"_s;
        QTest::newRow("comment not text")
            << u"customer"_s << u"resolved"_s << QJsonObject{{u"score"_s, 3}, {u"comment"_s, 42}}
            << ErrorCode::InvalidParams << u"comment"_s;
        QTest::newRow("an agent rates") << u"agent"_s << u"resolved"_s << four << ErrorCode::Forbidden << QString();
        QTest::newRow("an admin rates") << u"admin"_s << u"resolved"_s << four << ErrorCode::Forbidden << QString();
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, ticket);
        QFETCH(QJsonObject, extra);
        QFETCH(ErrorCode, code);
        QFETCH(QString, field);
        qint64 id = 999999;
        if (ticket == u"resolved") {
            id = resolvedBy(*m_bela, m_belaId, u"Resolved, not rated"_s);
        } else if (ticket == u"in_progress") {
            id = resolvedBy(*m_bela, m_belaId, u"Reopened"_s);
            QVERIFY(setStatus(*m_customer, id, u"in_progress"_s));
        } else if (ticket == u"open") {
            id = m_customer
                     ->call(methods::ticketCreate, {{u"subject"_s, u"Unassigned"_s}, {u"description"_s, u"Help."_s}})
                     .result[u"ticket"_s][u"id"_s]
                     .toInteger();
        }
        QVERIFY(id > 0);
        const auto before = stats();
        TestClient *client = who == u"other"   ? m_other.get()
                             : who == u"agent" ? m_anil.get()
                             : who == u"admin" ? m_admin.get()
                                               : m_customer.get();
        QJsonObject params = extra;
        params.insert(u"ticketId"_s, id);
        const Reply reply = client->call(methods::ticketRate, params);
        QVERIFY2(!reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(errorCodeName(reply.error->code), errorCodeName(code));
        QCOMPARE(reply.error->field, field);

        QCOMPARE(stats(), before);
        if (ticket != u"none")
            QVERIFY(!m_admin->call(methods::ticketGet, {{u"ticketId"_s, id}}).result.contains(u"rating"_s));
        for (auto *c : {m_admin.get(), m_anil.get(), m_bela.get(), m_customer.get(), m_other.get()})
            QVERIFY(c->call(methods::ping).ok());
    }

    void statsAreForAdminsOnly()
    {
        for (auto *client : {m_anil.get(), m_customer.get()}) {
            const Reply refused = client->call(methods::agentStats);
            QVERIFY(!refused.ok());
            QCOMPARE(errorCodeName(refused.error->code), errorCodeName(ErrorCode::Forbidden));
        }
        // A comment of exactly 2000 emoji (4000 UTF-16 units) is within the limit.
        const qint64 id = resolvedBy(*m_bela, m_belaId, u"Long praise"_s);
        QString emoji;
        for (int i = 0; i < 2000; ++i)
            emoji += u"😀"_s;
        const Reply rated = rate(id, 5, emoji);
        QVERIFY2(rated.ok(), qPrintable(toString(rated)));
        QCOMPARE(rated.result[u"rating"_s][u"comment"_s].toString(), emoji);
    }
};

QTEST_GUILESS_MAIN(FeedbackTest)
#include "tst_feedback.moc"

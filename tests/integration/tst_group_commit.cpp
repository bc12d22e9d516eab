// Group commit from the outside: many clients writing at once are all
// acknowledged, each exactly once, a failing write among them fails alone,
// and every acknowledged write survives a kill -9 straight after.
#include <ServerProcess.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <qcoro/qcorotask.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {

const QString kAdminEmail = u"admin@example.com"_s;
const QString kAdminPassword = u"correct horse battery"_s;
const QString kPassword = u"a long password"_s;

struct Sent
{
    QString method;
    Reply reply;
};

// Fires every call at once (QCoro tasks start eagerly) and records the replies
// in the order they come back.
QCoro::Task<void> callAndRecord(RpcClient &rpc, QString method, QJsonObject params, QList<Sent> *replies)
{
    auto pending = rpc.call(method, params);
    Reply reply = co_await pending;
    replies->append({method, std::move(reply)});
}

} // namespace

class GroupCommitTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.createAdmin(kAdminEmail, kAdminPassword));
        QVERIFY(m_server.start());
    }

    void concurrentWritesAreEachAcknowledgedOnceAndSurviveAKill_data()
    {
        QTest::addColumn<int>("clients");
        QTest::addColumn<int>("ticketsPerClient");
        QTest::addColumn<int>("failingPerClient");
        QTest::newRow("one client, one ticket") << 1 << 1 << 0;
        QTest::newRow("8 clients x 25 tickets") << 8 << 25 << 0;
        QTest::newRow("8 clients x 20 tickets, 5 failing writes each") << 8 << 20 << 5;
    }

    void concurrentWritesAreEachAcknowledgedOnceAndSurviveAKill()
    {
        QFETCH(int, clients);
        QFETCH(int, ticketsPerClient);
        QFETCH(int, failingPerClient);

        TestClient watcher; // an admin who sees every ticket.created event
        QVERIFY(watcher.connectTo(m_server.endpoint()));
        QVERIFY(watcher.login(kAdminEmail, kAdminPassword).ok());
        const qint64 since = watcher.call(methods::ticketList, {{u"limit"_s, 1}}).result[u"eventSeq"_s].toInteger();
        QVERIFY(watcher.call(methods::eventsSubscribe, {{u"since"_s, since}}).ok());

        std::vector<std::unique_ptr<TestClient>> customers;
        for (int c = 0; c < clients; ++c) {
            auto client = std::make_unique<TestClient>();
            QVERIFY(client->connectTo(m_server.endpoint()));
            const QString email = u"group-%1-%2@example.com"_s.arg(++m_round).arg(c);
            QVERIFY2(client->registerCustomer(u"Grace"_s, u"Group"_s, email, kPassword).ok(), qPrintable(email));
            QVERIFY(client->login(email, kPassword).ok());
            customers.push_back(std::move(client));
        }

        QList<Sent> replies;
        std::vector<QCoro::Task<void>> inFlight;
        for (int i = 0; i < ticketsPerClient; ++i) {
            for (int c = 0; c < clients; ++c) {
                const QString subject = u"Round %1 client %2 ticket %3"_s.arg(m_round).arg(c).arg(i);
                inFlight.push_back(callAndRecord(customers[c]->rpc(), methods::ticketCreate,
                                                 {{u"subject"_s, subject}, {u"description"_s, u"Details"_s}},
                                                 &replies));
                if (i < failingPerClient) {
                    // A write that fails inside its own transaction, in the
                    // middle of the others: a ticket nobody has.
                    inFlight.push_back(callAndRecord(customers[c]->rpc(), methods::ticketSetStatus,
                                                     {{u"ticketId"_s, 999'999'999}, {u"status"_s, u"closed"_s}},
                                                     &replies));
                }
            }
        }
        const int total = clients * (ticketsPerClient + failingPerClient);
        QTRY_COMPARE_WITH_TIMEOUT(replies.size(), total, 60'000);

        QSet<qint64> created;
        int failed = 0;
        for (const auto &[method, reply] : std::as_const(replies)) {
            if (method == methods::ticketCreate) {
                QVERIFY2(reply.ok(), qPrintable(toString(reply)));
                const qint64 id = reply.result[u"ticket"_s][u"id"_s].toInteger();
                QVERIFY2(!created.contains(id), qPrintable(u"ticket id %1 acknowledged twice"_s.arg(id)));
                created.insert(id);
            } else {
                QVERIFY2(!reply.ok(), "a write on a missing ticket was acknowledged");
                QCOMPARE(reply.error->code, ErrorCode::NotFound);
                ++failed;
            }
        }
        QCOMPARE(created.size(), clients * ticketsPerClient);
        QCOMPARE(failed, clients * failingPerClient);

        // Every acknowledged ticket was announced exactly once.
        QTRY_COMPARE_WITH_TIMEOUT(watcher.events.size(), created.size(), 15'000);
        QSet<qint64> announced;
        qint64 lastSeq = since;
        for (const auto &event : std::as_const(watcher.events)) {
            QCOMPARE(event.name, QString(events::ticketCreated));
            QVERIFY2(event.seq > lastSeq, "events out of order or repeated");
            lastSeq = event.seq;
            announced.insert(event.data[u"id"_s].toInteger());
        }
        QCOMPARE(announced, created);

        // A crash straight after the last acknowledgement loses nothing.
        customers.clear();
        m_server.kill();
        QVERIFY(m_server.start());
        TestClient admin;
        QVERIFY(admin.connectTo(m_server.endpoint()));
        QVERIFY(admin.login(kAdminEmail, kAdminPassword).ok());
        QSet<qint64> stored;
        for (const qint64 id : std::as_const(created)) {
            const Reply got = admin.call(methods::ticketGet, {{u"ticketId"_s, id}});
            QVERIFY2(got.ok(), qPrintable(u"acknowledged ticket %1 lost: %2"_s.arg(id).arg(toString(got))));
            stored.insert(id);
        }
        QCOMPARE(stored, created);
    }

private:
    ServerProcess m_server;
    int m_round = 0;
};

QTEST_GUILESS_MAIN(GroupCommitTest)
#include "tst_group_commit.moc"

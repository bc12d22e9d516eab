// What survives: acknowledged writes through a kill -9, the event stream
// through a reconnect (resumed by sequence number, nothing missed, nothing
// twice), a customer's privacy in that stream, the pinned server certificate
// through restarts, and — deliberately not — a token after logout.
#include "RawConnection.h"

#include <ServerProcess.h>
#include <TestClient.h>

#include <protocol/Envelope.h>
#include <protocol/Fields.h>
#include <protocol/Messages.h>
#include <protocol/TrustStore.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <qcoro/qcorotask.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {

const QString kAdminEmail = u"admin@example.com"_s;
const QString kAdminPassword = u"correct horse battery"_s;
const QString kPassword = u"a long password"_s;

QJsonObject newTicket(const QString &subject)
{
    return {{u"subject"_s, subject}, {u"description"_s, u"Details of "_s + subject}};
}

QList<qint64> ticketIds(const Reply &list)
{
    QList<qint64> ids;
    for (const auto &ticket : list.result[u"tickets"_s].toArray())
        ids << ticket[u"id"_s].toInteger();
    return ids;
}

// The ids of the ticket.created events among raw event frames, in order.
QList<qint64> createdTicketIds(const QList<QJsonObject> &events)
{
    QList<qint64> ids;
    for (const auto &event : events) {
        if (event[fields::event].toString() == events::ticketCreated)
            ids << event[fields::data][u"id"_s].toInteger();
    }
    return ids;
}

QString describeEvents(const QList<QJsonObject> &events)
{
    QStringList parts;
    for (const auto &event : events)
        parts << u"#%1 %2 ticket %3"_s.arg(event[fields::seq].toInteger())
                     .arg(event[fields::event].toString())
                     .arg(event[fields::data][u"id"_s].toInteger());
    return u"["_s + parts.join(u", "_s) + u"]"_s;
}

} // namespace

class DurabilityAndResumeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.createAdmin(kAdminEmail, kAdminPassword));
        QVERIFY(m_server.start());
        m_customerToken = registerAndLogin(u"Carla"_s, u"carla@example.com"_s, &m_customerId);
        QVERIFY(!m_customerToken.isEmpty());
    }

    void acknowledgedTicketsSurviveKill_data()
    {
        QTest::addColumn<int>("tickets");
        QTest::newRow("one ticket") << 1;
        QTest::newRow("five in a row") << 5;
    }

    // Each ticket is acknowledged, then the server is killed with SIGKILL the
    // moment the last acknowledgement arrives; after a restart on the same
    // port and data directory, every acknowledged ticket and its event are there.
    void acknowledgedTicketsSurviveKill()
    {
        QFETCH(int, tickets);
        const qint64 headBefore = eventHead();
        QVERIFY(headBefore >= 0);
        QList<qint64> created;
        {
            TestClient customer;
            QVERIFY(customer.connectTo(m_server.endpoint()));
            const Reply resumed = customer.call(methods::authResume, {{u"token"_s, m_customerToken}});
            QVERIFY2(resumed.ok(), qPrintable(dump(resumed)));
            for (int i = 0; i < tickets; ++i) {
                const Reply reply =
                    customer.call(methods::ticketCreate, newTicket(u"Durable %1 of %2"_s.arg(i + 1).arg(tickets)));
                QVERIFY2(reply.ok(), qPrintable(dump(reply)));
                created << reply.result[u"ticket"_s][u"id"_s].toInteger();
            }
            m_server.kill();
        }
        QVERIFY(m_server.start());

        TestClient customer;
        QVERIFY(customer.connectTo(m_server.endpoint()));
        // The session survived too: the token still resumes.
        const Reply resumed = customer.call(methods::authResume, {{u"token"_s, m_customerToken}});
        QVERIFY2(resumed.ok(), qPrintable(dump(resumed)));
        const Reply list = customer.call(methods::ticketList, {{u"limit"_s, 200}});
        QVERIFY2(list.ok(), qPrintable(dump(list)));
        const QList<qint64> stored = ticketIds(list);
        for (const qint64 id : created)
            QVERIFY2(stored.contains(id), qPrintable(u"ticket %1 acknowledged but lost"_s.arg(id)));

        // The change feed survived with them: a replay from before shows each once.
        const Reply subscribed = customer.call(methods::eventsSubscribe, {{u"since"_s, headBefore}});
        QVERIFY2(subscribed.ok(), qPrintable(dump(subscribed)));
        QVERIFY(customer.waitForEvents(tickets));
        QList<qint64> replayed;
        for (const auto &event : customer.events) {
            if (event.name == events::ticketCreated)
                replayed << event.data[u"id"_s].toInteger();
        }
        QCOMPARE(replayed, created);
    }

    // Twenty creates pipelined on one connection; the kill comes when the
    // first acknowledgement arrives. Whatever was acknowledged must exist.
    void pipelinedAcknowledgedTicketsSurviveKill()
    {
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        QVERIFY(raw.hello());
        const auto resumed = raw.request(methods::authResume, {{u"token"_s, m_customerToken}});
        QVERIFY2(resumed && errorCode(*resumed).isEmpty(), qPrintable(dump(resumed)));
        for (int i = 0; i < 20; ++i)
            raw.sendFrame(makeRequest(100 + i, methods::ticketCreate, newTicket(u"Pipelined %1"_s.arg(i))));
        const auto first = raw.next(10000);
        QVERIFY2(first && errorCode(*first).isEmpty(), qPrintable(dump(first)));
        m_server.kill();
        // Everything that reached us before the kill was acknowledged.
        QList<qint64> acknowledged{first->value(fields::result)[u"ticket"_s][u"id"_s].toInteger()};
        while (const auto more = raw.next(0)) {
            if (more->value(fields::kind).toString() == kinds::response && errorCode(*more).isEmpty())
                acknowledged << more->value(fields::result)[u"ticket"_s][u"id"_s].toInteger();
        }
        QVERIFY(m_server.start());

        TestClient customer;
        QVERIFY(customer.connectTo(m_server.endpoint()));
        QVERIFY(customer.call(methods::authResume, {{u"token"_s, m_customerToken}}).ok());
        const QList<qint64> stored = ticketIds(customer.call(methods::ticketList, {{u"limit"_s, 200}}));
        for (const qint64 id : acknowledged)
            QVERIFY2(stored.contains(id), qPrintable(u"ticket %1 acknowledged but lost"_s.arg(id)));
    }

    void eventsResumeAfterReconnect_data()
    {
        QTest::addColumn<int>("missed");
        QTest::addColumn<int>("alreadyApplied"); // of the missed ones, how many the client had before leaving
        QTest::newRow("missed two") << 2 << 0;
        QTest::newRow("missed three, had the first") << 3 << 1;
        QTest::newRow("missed none") << 0 << 0;
    }

    // An admin subscribes, notes the head, and leaves. Tickets are raised
    // while it is away. It comes back on a new connection with its token and
    // subscribes from the last seq it applied: it gets exactly what it
    // missed, in order, once, and then the stream goes on live.
    void eventsResumeAfterReconnect()
    {
        QFETCH(int, missed);
        QFETCH(int, alreadyApplied);
        QString adminToken;
        qint64 lastSeq = 0;
        {
            TestClient admin;
            QVERIFY(admin.connectTo(m_server.endpoint()));
            const Reply login = admin.login(kAdminEmail, kAdminPassword);
            QVERIFY2(login.ok(), qPrintable(dump(login)));
            adminToken = admin.token;
            const Reply list = admin.call(methods::ticketList);
            QVERIFY2(list.ok(), qPrintable(dump(list)));
            const Reply subscribed = admin.call(methods::eventsSubscribe, {{u"since"_s, list.result[u"eventSeq"_s]}});
            QVERIFY2(subscribed.ok(), qPrintable(dump(subscribed)));
            lastSeq = subscribed.result[u"eventSeq"_s].toInteger();
            admin.rpc().close();
        }

        TestClient customer;
        QVERIFY(customer.connectTo(m_server.endpoint()));
        QVERIFY(customer.call(methods::authResume, {{u"token"_s, m_customerToken}}).ok());
        QList<qint64> raised;
        QList<qint64> raisedSeqs;
        for (int i = 0; i < missed; ++i) {
            const Reply reply = customer.call(methods::ticketCreate, newTicket(u"While away %1"_s.arg(i)));
            QVERIFY2(reply.ok(), qPrintable(dump(reply)));
            raised << reply.result[u"ticket"_s][u"id"_s].toInteger();
        }
        // Where the client had got to before it left.
        if (alreadyApplied > 0) {
            TestClient peek;
            QVERIFY(peek.connectTo(m_server.endpoint()));
            QVERIFY(peek.call(methods::authResume, {{u"token"_s, adminToken}}).ok());
            QVERIFY(peek.call(methods::eventsSubscribe, {{u"since"_s, lastSeq}}).ok());
            QVERIFY(peek.waitForEvents(missed));
            for (const auto &event : peek.events)
                raisedSeqs << event.seq;
            lastSeq = raisedSeqs[alreadyApplied - 1];
        }

        // A raw connection: RpcClient would silently drop a duplicate; here we see it.
        RawConnection admin;
        QVERIFY(admin.open(m_server.port()));
        QVERIFY(admin.hello());
        const auto resumed = admin.request(methods::authResume, {{u"token"_s, adminToken}});
        QVERIFY2(resumed && errorCode(*resumed).isEmpty(), qPrintable(dump(resumed)));
        const auto subscribed = admin.request(methods::eventsSubscribe, {{u"since"_s, lastSeq}});
        QVERIFY2(subscribed && errorCode(*subscribed).isEmpty(), qPrintable(dump(subscribed)));
        // The replay precedes the subscribe answer; a ping flushes anything straggling.
        const auto pong = admin.request(methods::ping);
        QVERIFY2(pong && errorCode(*pong).isEmpty(), qPrintable(dump(pong)));

        // Every event once, in order; the tickets raised while away (after the
        // last applied one) are exactly the ticket.created among them.
        const QList<qint64> expected = raised.mid(alreadyApplied);
        qint64 previousSeq = lastSeq;
        for (const auto &event : admin.events()) {
            const qint64 seq = event[fields::seq].toInteger();
            QVERIFY2(seq > previousSeq, qPrintable(u"out of order or repeated: "_s + describeEvents(admin.events())));
            previousSeq = seq;
        }
        QVERIFY2(createdTicketIds(admin.events()) == expected, qPrintable(u"got "_s + describeEvents(admin.events())));
        QVERIFY(subscribed->value(fields::result)[u"eventSeq"_s].toInteger() >= previousSeq);

        // Then live: the next ticket arrives once, after the replayed ones.
        const qsizetype replayed = admin.events().size();
        const Reply live = customer.call(methods::ticketCreate, newTicket(u"Live after resume"_s));
        QVERIFY2(live.ok(), qPrintable(dump(live)));
        const qint64 liveId = live.result[u"ticket"_s][u"id"_s].toInteger();
        while (!createdTicketIds(admin.events()).contains(liveId)) // each round waits (bounded) for one more event
            QVERIFY2(admin.waitForEvents(admin.events().size() + 1), qPrintable(describeEvents(admin.events())));
        const auto flush = admin.request(methods::ping);
        QVERIFY2(flush && errorCode(*flush).isEmpty(), qPrintable(dump(flush)));
        QVERIFY2(createdTicketIds(admin.events()) == expected + QList<qint64>{liveId},
                 qPrintable(describeEvents(admin.events())));
        for (qsizetype i = replayed; i < admin.events().size(); ++i) {
            const qint64 seq = admin.events()[i][fields::seq].toInteger();
            QVERIFY2(seq > previousSeq, qPrintable(u"out of order or repeated: "_s + describeEvents(admin.events())));
            previousSeq = seq;
        }
    }

    // A customer's stream carries their own tickets only, live and replayed;
    // staff see everyone's.
    void customersSeeOnlyTheirOwnEvents()
    {
        qint64 otherId = 0;
        const QString otherToken = registerAndLogin(u"Otto"_s, u"otto@example.com"_s, &otherId);
        QVERIFY(!otherToken.isEmpty());
        const qint64 head = eventHead();

        TestClient carla;
        QVERIFY(carla.connectTo(m_server.endpoint()));
        QVERIFY(carla.call(methods::authResume, {{u"token"_s, m_customerToken}}).ok());
        QVERIFY(carla.call(methods::eventsSubscribe, {{u"since"_s, head}}).ok());
        TestClient admin;
        QVERIFY(admin.connectTo(m_server.endpoint()));
        QVERIFY(admin.login(kAdminEmail, kAdminPassword).ok());
        QVERIFY(admin.call(methods::eventsSubscribe, {{u"since"_s, head}}).ok());
        TestClient otto;
        QVERIFY(otto.connectTo(m_server.endpoint()));
        QVERIFY(otto.call(methods::authResume, {{u"token"_s, otherToken}}).ok());
        QVERIFY(otto.call(methods::eventsSubscribe, {{u"since"_s, head}}).ok());

        const Reply ottos = otto.call(methods::ticketCreate, newTicket(u"Otto's private problem"_s));
        QVERIFY2(ottos.ok(), qPrintable(dump(ottos)));
        QVERIFY(admin.waitForEvents(1));
        QVERIFY(otto.waitForEvents(1));
        // Published to every subscriber in one go: had Carla been sent it, it
        // would be queued ahead of this pong.
        QVERIFY(carla.call(methods::ping).ok());
        QVERIFY2(carla.events.isEmpty(),
                 qPrintable(u"Carla received %1 event(s), the first: %2"_s.arg(carla.events.size())
                                .arg(carla.events.value(0).data[u"subject"_s].toString())));

        // Positive control: her own ticket does reach her.
        const Reply carlas = carla.call(methods::ticketCreate, newTicket(u"Carla's problem"_s));
        QVERIFY2(carlas.ok(), qPrintable(dump(carlas)));
        QVERIFY(carla.waitForEvents(1));
        QCOMPARE(carla.events[0].data[u"id"_s].toInteger(), carlas.result[u"ticket"_s][u"id"_s].toInteger());
        QVERIFY(admin.waitForEvents(2));
        QVERIFY(otto.call(methods::ping).ok());
        QCOMPARE(otto.events.size(), 1);

        // Replayed from before both: still only her own.
        RawConnection replay;
        QVERIFY(replay.open(m_server.port()));
        QVERIFY(replay.hello());
        QVERIFY(replay.request(methods::authResume, {{u"token"_s, m_customerToken}}).has_value());
        const auto subscribed = replay.request(methods::eventsSubscribe, {{u"since"_s, 0}});
        QVERIFY2(subscribed && errorCode(*subscribed).isEmpty(), qPrintable(dump(subscribed)));
        QVERIFY(!createdTicketIds(replay.events()).isEmpty());
        for (const auto &event : replay.events()) {
            if (event[fields::event].toString() == events::ticketCreated)
                QVERIFY2(event[fields::data][u"customerId"_s].toInteger() == m_customerId,
                         qPrintable(u"replayed someone else's ticket: "_s + dump(event)));
        }
    }

    // One connection, two users in turn: after the admin logs out, the
    // customer who resumes on the same connection and subscribes from 0 gets
    // the whole history of their own tickets — what the admin was sent on
    // this connection before does not count as delivered to them.
    void streamStartsAfreshForTheNextUserOfAConnection()
    {
        TestClient carla;
        QVERIFY(carla.connectTo(m_server.endpoint()));
        QVERIFY(carla.call(methods::authResume, {{u"token"_s, m_customerToken}}).ok());
        const Reply created = carla.call(methods::ticketCreate, newTicket(u"Before the switch"_s));
        QVERIFY2(created.ok(), qPrintable(dump(created)));
        const Reply list = carla.call(methods::ticketList, {{u"limit"_s, 200}});
        QVERIFY2(list.ok(), qPrintable(dump(list)));
        QList<qint64> carlasTickets = ticketIds(list);
        std::reverse(carlasTickets.begin(), carlasTickets.end()); // oldest first, as events come

        RawConnection shared;
        QVERIFY(shared.open(m_server.port()));
        QVERIFY(shared.hello());
        const auto adminLogin =
            shared.request(methods::authLogin, {{u"email"_s, kAdminEmail}, {u"password"_s, kAdminPassword}});
        QVERIFY2(adminLogin && errorCode(*adminLogin).isEmpty(), qPrintable(dump(adminLogin)));
        const auto adminStream = shared.request(methods::eventsSubscribe, {{u"since"_s, 0}});
        QVERIFY2(adminStream && errorCode(*adminStream).isEmpty(), qPrintable(dump(adminStream)));
        QVERIFY(createdTicketIds(shared.events()).contains(created.result[u"ticket"_s][u"id"_s].toInteger()));
        const auto logout = shared.request(methods::authLogout);
        QVERIFY2(logout && errorCode(*logout).isEmpty(), qPrintable(dump(logout)));
        shared.events().clear();

        const auto resumed = shared.request(methods::authResume, {{u"token"_s, m_customerToken}});
        QVERIFY2(resumed && errorCode(*resumed).isEmpty(), qPrintable(dump(resumed)));
        const auto carlaStream = shared.request(methods::eventsSubscribe, {{u"since"_s, 0}});
        QVERIFY2(carlaStream && errorCode(*carlaStream).isEmpty(), qPrintable(dump(carlaStream)));
        QVERIFY2(createdTicketIds(shared.events()) == carlasTickets,
                 qPrintable(u"replayed "_s + describeEvents(shared.events())));
    }

    void subscribeFromBeyondTheHead_data()
    {
        QTest::addColumn<int>("ahead");
        QTest::newRow("one past the head") << 1;
        QTest::newRow("far past the head") << 1000000;
    }

    // A client that has seen more than this store ever had (the store was
    // restored from a backup) must reload, not stream on from its number
    // and silently skip the store's next events.
    void subscribeFromBeyondTheHead()
    {
        QFETCH(int, ahead);
        const qint64 head = eventHead();
        QVERIFY(head >= 0);
        TestClient carla;
        QVERIFY(carla.connectTo(m_server.endpoint()));
        QVERIFY(carla.call(methods::authResume, {{u"token"_s, m_customerToken}}).ok());
        const Reply subscribed = carla.call(methods::eventsSubscribe, {{u"since"_s, head + ahead}});
        QVERIFY2(!subscribed.ok() && subscribed.error->code == ErrorCode::ResyncRequired, qPrintable(dump(subscribed)));

        // Reloading and subscribing from the head works, and the stream is live.
        const Reply list = carla.call(methods::ticketList);
        QVERIFY2(list.ok(), qPrintable(dump(list)));
        const Reply again = carla.call(methods::eventsSubscribe, {{u"since"_s, list.result[u"eventSeq"_s]}});
        QVERIFY2(again.ok(), qPrintable(dump(again)));
        const Reply created = carla.call(methods::ticketCreate, newTicket(u"After a resync"_s));
        QVERIFY2(created.ok(), qPrintable(dump(created)));
        QVERIFY(carla.waitForEvents(1));
        QCOMPARE(carla.events.last().data[u"id"_s].toInteger(), created.result[u"ticket"_s][u"id"_s].toInteger());
    }

    // auth.logout ends that session for good: its token no longer resumes,
    // while the same user's other sessions live on.
    void logoutRevokesTheToken()
    {
        TestClient first;
        QVERIFY(first.connectTo(m_server.endpoint()));
        QVERIFY(first.login(u"carla@example.com"_s, kPassword).ok());
        const QString token = first.token;
        TestClient second;
        QVERIFY(second.connectTo(m_server.endpoint()));
        QVERIFY(second.login(u"carla@example.com"_s, kPassword).ok());
        QVERIFY(token != second.token);

        const Reply logout = first.call(methods::authLogout);
        QVERIFY2(logout.ok(), qPrintable(dump(logout)));
        const Reply afterwards = first.call(methods::ticketList);
        QVERIFY2(!afterwards.ok() && afterwards.error->code == ErrorCode::NotAuthenticated,
                 qPrintable(dump(afterwards)));

        TestClient returning;
        QVERIFY(returning.connectTo(m_server.endpoint()));
        const Reply resumed = returning.call(methods::authResume, {{u"token"_s, token}});
        QVERIFY2(!resumed.ok() && resumed.error->code == ErrorCode::SessionExpired, qPrintable(dump(resumed)));
        const Reply stillOut = returning.call(methods::ticketList);
        QVERIFY2(!stillOut.ok() && stillOut.error->code == ErrorCode::NotAuthenticated, qPrintable(dump(stillOut)));

        const Reply other = returning.call(methods::authResume, {{u"token"_s, second.token}});
        QVERIFY2(other.ok(), qPrintable(u"logout ended another session too: "_s + dump(other)));
        const Reply forged = returning.call(methods::authResume, {{u"token"_s, token + u"x"_s}});
        QVERIFY2(!forged.ok() && forged.error->code == ErrorCode::SessionExpired, qPrintable(dump(forged)));
    }

    // Trust on first use: the first certificate is pinned; a restart keeps
    // it; a server that comes back with a new key is refused, loudly, until
    // the user forgets the old pin.
    void certificateChangeIsRefusedUntilForgotten()
    {
        ServerProcess tlsServer;
        QVERIFY(tlsServer.tls());
        QVERIFY(tlsServer.start());
        TrustStore trust;
        RpcClient rpc(&trust, u"ccr-tests"_s);
        QSignalSpy pinned(&rpc, &RpcClient::certificatePinned);
        QSignalSpy mismatch(&rpc, &RpcClient::certificateMismatch);
        const auto connect = [&] { return QCoro::waitFor(rpc.connectTo(tlsServer.endpoint())); };
        const QString server = TrustStore::serverKey(tlsServer.endpoint().host, tlsServer.port());

        QVERIFY2(connect(), qPrintable(rpc.lastCloseReason()));
        QCOMPARE(pinned.size(), 1);
        const QString original = pinned[0][0].toString();
        QCOMPARE(trust.pinnedFingerprint(server).value_or(QString()), original);
        rpc.close();

        // A plain restart keeps key and certificate.
        tlsServer.stop();
        QVERIFY(tlsServer.start());
        QVERIFY2(connect(), qPrintable(rpc.lastCloseReason()));
        QCOMPARE(mismatch.size(), 0);
        QCOMPARE(pinned.size(), 1);
        rpc.close();

        // New key and certificate: refused.
        tlsServer.stop();
        const QDir data(tlsServer.dataDir());
        QVERIFY(QFile::remove(data.filePath(u"server.key"_s)));
        QVERIFY(QFile::remove(data.filePath(u"server.crt"_s)));
        QVERIFY(tlsServer.start());
        QVERIFY(QFile::exists(data.filePath(u"server.crt"_s)));
        QVERIFY2(!connect(), "connected to a server whose certificate changed");
        QCOMPARE(mismatch.size(), 1);
        QCOMPARE(mismatch[0][0].toString(), original);
        const QString presented = mismatch[0][1].toString();
        QVERIFY(presented != original);
        QVERIFY(!rpc.lastCloseReason().isEmpty());
        QVERIFY(rpc.state() == RpcClient::State::Disconnected);
        QCOMPARE(trust.pinnedFingerprint(server).value_or(QString()), original); // nothing re-pinned behind our back
        const Reply refused = QCoro::waitFor(rpc.call(methods::ping));
        QVERIFY(!refused.ok());

        // The user decides to trust the new certificate.
        trust.forget(server);
        QVERIFY2(connect(), qPrintable(rpc.lastCloseReason()));
        QCOMPARE(pinned.size(), 2);
        QCOMPARE(pinned[1][0].toString(), presented);
        QCOMPARE(mismatch.size(), 1);
        const Reply pong = QCoro::waitFor(rpc.call(methods::ping));
        QVERIFY2(pong.ok(), qPrintable(dump(pong)));
        rpc.close();
    }

private:
    // Registers a customer and logs in; returns the token (empty on failure).
    QString registerAndLogin(const QString &firstName, const QString &email, qint64 *id)
    {
        TestClient client;
        if (!client.connectTo(m_server.endpoint()))
            return {};
        const Reply registered = client.registerCustomer(firstName, u"Tester"_s, email, kPassword);
        if (!registered.ok()) {
            qWarning() << "registration failed:" << dump(registered);
            return {};
        }
        const Reply login = client.login(email, kPassword);
        *id = login.result[u"user"_s][u"id"_s].toInteger();
        return login.ok() ? client.token : QString();
    }

    // The newest event seq, as an admin's list reports it (-1 on failure).
    qint64 eventHead()
    {
        TestClient admin;
        if (!admin.connectTo(m_server.endpoint()) || !admin.login(kAdminEmail, kAdminPassword).ok())
            return -1;
        const Reply list = admin.call(methods::ticketList, {{u"limit"_s, 1}});
        return list.ok() ? list.result[u"eventSeq"_s].toInteger() : -1;
    }

    ServerProcess m_server{{u"--plain"_s}};
    QString m_customerToken;
    qint64 m_customerId = 0;
};

QTEST_GUILESS_MAIN(DurabilityAndResumeTest)
#include "tst_durability_and_resume.moc"

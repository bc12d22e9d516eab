// The Foundation slice through the real protocol against a real ccr-server
// process: a customer registers, logs in, raises a ticket and lists it; an
// admin connected at the same time receives it live.
#include <ServerProcess.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

class SliceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.createAdmin(u"admin@example.com"_s, u"correct horse battery"_s));
        QVERIFY(m_server.start());
    }

    void customerRaisesTicketAdminSeesItLive()
    {
        TestClient admin;
        QVERIFY(admin.connectTo(m_server.endpoint()));
        const Reply adminLogin = admin.login(u"admin@example.com"_s, u"correct horse battery"_s);
        QVERIFY2(adminLogin.ok(), qPrintable(toString(adminLogin)));
        QCOMPARE(adminLogin.result[u"user"_s][u"role"_s].toString(), u"admin"_s);
        const Reply adminList = admin.call(methods::ticketList);
        QVERIFY2(adminList.ok(), qPrintable(toString(adminList)));
        const Reply subscribed = admin.call(methods::eventsSubscribe, {{u"since"_s, adminList.result[u"eventSeq"_s]}});
        QVERIFY2(subscribed.ok(), qPrintable(toString(subscribed)));

        TestClient customer;
        QVERIFY(customer.connectTo(m_server.endpoint()));
        const Reply registered =
            customer.registerCustomer(u"Priya"_s, u"Raman"_s, u"Priya@Example.com"_s, u"a long password"_s);
        QVERIFY2(registered.ok(), qPrintable(toString(registered)));
        QCOMPARE(registered.result[u"user"_s][u"email"_s].toString(), u"priya@example.com"_s);
        const Reply login = customer.login(u"priya@example.com"_s, u"a long password"_s);
        QVERIFY2(login.ok(), qPrintable(toString(login)));

        const Reply created =
            customer.call(methods::ticketCreate, {{u"subject"_s, u"Router keeps rebooting"_s},
                                                  {u"description"_s, u"Since Monday, every hour."_s}});
        QVERIFY2(created.ok(), qPrintable(toString(created)));
        const qint64 ticketId = created.result[u"ticket"_s][u"id"_s].toInteger();
        QVERIFY(ticketId > 0);

        const Reply mine = customer.call(methods::ticketList);
        QVERIFY2(mine.ok(), qPrintable(toString(mine)));
        const QJsonArray tickets = mine.result[u"tickets"_s].toArray();
        QCOMPARE(tickets.size(), 1);
        QCOMPARE(tickets[0][u"subject"_s].toString(), u"Router keeps rebooting"_s);
        QCOMPARE(tickets[0][u"status"_s].toString(), u"open"_s);
        QCOMPARE(tickets[0][u"customerName"_s].toString(), u"Priya Raman"_s);

        QVERIFY(admin.waitForEvents(1));
        QCOMPARE(admin.events[0].name, QString(events::ticketCreated));
        QCOMPARE(admin.events[0].data[u"id"_s].toInteger(), ticketId);
    }

private:
    ServerProcess m_server;
};

QTEST_GUILESS_MAIN(SliceTest)
#include "tst_slice.moc"

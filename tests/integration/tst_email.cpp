// The outbox against a real SMTP server (aiosmtpd) on loopback: what arrives,
// what survives the relay being down, what is given up on, and that nothing
// a user types can add a header.
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {
const QString kAdmin = u"admin@example.com"_s;
const QString kPassword = u"correct horse battery"_s;

QJsonObject outboxRow(TestClient &admin, const QString &to)
{
    const Reply listed = admin.call(methods::outboxList);
    for (const auto &row : listed.result[u"mails"_s].toArray()) {
        if (row[u"to"_s].toString() == to)
            return row.toObject();
    }
    return {};
}
} // namespace

class EmailTest : public QObject
{
    Q_OBJECT

private:
    // A server mailing through `smtp`, with fast retries so the test stays short.
    std::unique_ptr<ServerProcess> startServer(const SmtpCapture &smtp, QStringList extra = {})
    {
        auto server = std::make_unique<ServerProcess>(smtp.serverArguments()
                                                      + QStringList{u"--mail-retry-ms"_s, u"200"_s} + extra);
        if (!server->createAdmin(kAdmin, kPassword) || !server->start())
            return nullptr;
        return server;
    }

    bool loginAdmin(TestClient &admin, const ServerProcess &server)
    {
        return admin.connectTo(server.endpoint()) && admin.login(kAdmin, kPassword).ok();
    }

private Q_SLOTS:
    void testMailArrivesWithBothBodiesAndHeaders()
    {
        SmtpCapture smtp;
        QVERIFY(smtp.start());
        auto server = startServer(smtp);
        QVERIFY(server);
        TestClient admin;
        QVERIFY(loginAdmin(admin, *server));

        const Reply queued = admin.call(methods::mailSendTest, {{u"to"_s, u"ops@example.com"_s}});
        QVERIFY2(queued.ok(), qPrintable(toString(queued)));
        QVERIFY(smtp.waitForMails(1));
        const CapturedMail mail = smtp.mails().first();
        QCOMPARE(mail.envelopeTo, u"ops@example.com"_s);
        QCOMPARE(mail.header("from"), u"Customer Care <help@ccr.test>"_s);
        QVERIFY2(mail.header("to").endsWith(u"<ops@example.com>"_s), qPrintable(mail.header("to")));
        QCOMPARE(mail.header("subject"), u"Test mail from Customer Care Registry"_s);
        QCOMPARE(mail.header("message-id"), u'<' + queued.result[u"messageId"_s].toString() + u'>');
        QVERIFY(mail.header("content-type").startsWith(u"multipart/alternative"_s));
        QVERIFY2(mail.text.contains(u"SMTP settings work"_s), qPrintable(mail.text));
        QVERIFY2(mail.html.contains(u"<p>If this mail arrived"_s), qPrintable(mail.html));
        QTRY_COMPARE_WITH_TIMEOUT(outboxRow(admin, u"ops@example.com"_s)[u"state"_s].toString(), u"sent"_s, 5000);
    }

    void mailQueuedWhileRelayIsDownArrivesOnceAfterItReturns()
    {
        SmtpCapture smtp;
        QVERIFY(smtp.start());
        const quint16 port = smtp.port();
        auto server = startServer(smtp);
        QVERIFY(server);
        TestClient admin;
        QVERIFY(loginAdmin(admin, *server));

        smtp.stop();
        for (const auto &to : {u"one@example.com"_s, u"two@example.com"_s, u"three@example.com"_s})
            QVERIFY(admin.call(methods::mailSendTest, {{u"to"_s, to}}).ok());
        // Failed attempts are recorded with the error while the relay is away.
        QTRY_VERIFY_WITH_TIMEOUT(outboxRow(admin, u"one@example.com"_s)[u"attempts"_s].toInt() >= 1, 5000);
        QVERIFY(!outboxRow(admin, u"one@example.com"_s)[u"lastError"_s].toString().isEmpty());
        QCOMPARE(outboxRow(admin, u"one@example.com"_s)[u"state"_s].toString(), u"queued"_s);

        QVERIFY(smtp.start(port));
        QVERIFY(smtp.waitForMails(3, 15000));
        QTRY_COMPARE_WITH_TIMEOUT(outboxRow(admin, u"three@example.com"_s)[u"state"_s].toString(), u"sent"_s, 5000);
        QTest::qWait(1500); // any duplicate would come with the next poll
        QStringList recipients;
        for (const auto &mail : smtp.mails())
            recipients << mail.envelopeTo;
        recipients.sort();
        QCOMPARE(recipients, (QStringList{u"one@example.com"_s, u"three@example.com"_s, u"two@example.com"_s}));
    }

    void outboxSurvivesServerRestart()
    {
        SmtpCapture smtp;
        QVERIFY(smtp.start());
        const quint16 port = smtp.port();
        auto server = startServer(smtp);
        QVERIFY(server);
        {
            TestClient admin;
            QVERIFY(loginAdmin(admin, *server));
            smtp.stop();
            QVERIFY(admin.call(methods::mailSendTest, {{u"to"_s, u"later@example.com"_s}}).ok());
        }
        server->kill(); // as a crash would
        QVERIFY(smtp.start(port));
        QVERIFY(server->start());
        QVERIFY(smtp.waitForMails(1, 15000));
        QCOMPARE(smtp.mails().first().envelopeTo, u"later@example.com"_s);
    }

    void permanentRefusalIsNotRetried()
    {
        SmtpCapture smtp;
        QVERIFY(smtp.start());
        auto server = startServer(smtp);
        QVERIFY(server);
        TestClient admin;
        QVERIFY(loginAdmin(admin, *server));
        QVERIFY(admin.call(methods::mailSendTest, {{u"to"_s, u"nobody@reject.test"_s}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(outboxRow(admin, u"nobody@reject.test"_s)[u"state"_s].toString(), u"failed"_s, 5000);
        const QJsonObject row = outboxRow(admin, u"nobody@reject.test"_s);
        QCOMPARE(row[u"attempts"_s].toInt(), 1);
        QVERIFY2(row[u"lastError"_s].toString().contains(u"550"_s), qPrintable(row[u"lastError"_s].toString()));
    }

    void unreachableRelayEndsFailedAfterMaxAttempts()
    {
        SmtpCapture smtp;
        QVERIFY(smtp.start());
        smtp.stop(); // a port nobody listens on
        auto server = startServer(smtp, {u"--mail-max-attempts"_s, u"2"_s});
        QVERIFY(server);
        TestClient admin;
        QVERIFY(loginAdmin(admin, *server));
        QVERIFY(admin.call(methods::mailSendTest, {{u"to"_s, u"ops@example.com"_s}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(outboxRow(admin, u"ops@example.com"_s)[u"state"_s].toString(), u"failed"_s, 10000);
        QCOMPARE(outboxRow(admin, u"ops@example.com"_s)[u"attempts"_s].toInt(), 2);
    }

    void headerInjectionIsRefused_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("field");
        QTest::newRow("CRLF in recipient")
            << QString(methods::mailSendTest) << QJsonObject{{u"to"_s, u"a@example.com\r\nBcc: victim@example.com"_s}}
            << u"to"_s;
        QTest::newRow("CRLF in sender name")
            << QString(methods::settingsSmtpSet) << QJsonObject{{u"fromName"_s, u"Help\r\nBcc: victim@example.com"_s}}
            << u"fromName"_s;
        QTest::newRow("bad sender address") << QString(methods::settingsSmtpSet)
                                            << QJsonObject{{u"fromAddress"_s, u"not an address"_s}} << u"fromAddress"_s;
        QTest::newRow("1 MB recipient") << QString(methods::mailSendTest)
                                        << QJsonObject{{u"to"_s, QString(1000000, u'a')}} << u"to"_s;
    }

    void headerInjectionIsRefused()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(QString, field);
        SmtpCapture smtp;
        QVERIFY(smtp.start());
        auto server = startServer(smtp);
        QVERIFY(server);
        TestClient admin;
        QVERIFY(loginAdmin(admin, *server));
        const Reply refused = admin.call(method, params);
        QVERIFY2(!refused.ok(), qPrintable(toString(refused)));
        QCOMPARE(refused.error->field, field);
        QVERIFY(admin.call(methods::outboxList).result[u"mails"_s].toArray().isEmpty());
    }

    void adminChangesSmtpSettingsFromTheClient()
    {
        SmtpCapture first;
        SmtpCapture second;
        QVERIFY(first.start());
        QVERIFY(second.start());
        auto server = startServer(first);
        QVERIFY(server);
        TestClient admin;
        QVERIFY(loginAdmin(admin, *server));
        const Reply changed = admin.call(
            methods::settingsSmtpSet,
            {{u"port"_s, second.port()}, {u"password"_s, u"relay secret"_s}, {u"fromName"_s, u"Support Desk"_s}});
        QVERIFY2(changed.ok(), qPrintable(toString(changed)));
        QCOMPARE(changed.result[u"smtp"_s][u"passwordSet"_s].toBool(), true);
        QVERIFY(!changed.result[u"smtp"_s].toObject().contains(u"password"_s));
        QVERIFY(admin.call(methods::mailSendTest, {{u"to"_s, u"ops@example.com"_s}}).ok());
        QVERIFY(second.waitForMails(1));
        QCOMPARE(second.mails().first().header("from"), u"Support Desk <help@ccr.test>"_s);
        QVERIFY(first.mails().isEmpty());

        TestClient customer;
        QVERIFY(customer.connectTo(server->endpoint()));
        QVERIFY(customer.registerCustomer(u"Cara"_s, u"Lee"_s, u"cara@example.com"_s, kPassword).ok());
        QVERIFY(customer.login(u"cara@example.com"_s, kPassword).ok());
        QCOMPARE(customer.call(methods::settingsSmtpGet).error->code, ErrorCode::Forbidden);
        QCOMPARE(customer.call(methods::mailSendTest, {{u"to"_s, u"x@example.com"_s}}).error->code,
                 ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(EmailTest)
#include "tst_email.moc"

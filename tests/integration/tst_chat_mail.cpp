// Offline chat delivery by mail, through a real server and a real SMTP
// capture: a recipient without a live event stream gets ONE mail per ticket
// for everything they missed in the batching window — in their language,
// threaded on the ticket, text and HTML, notes left out — and a recipient
// who is connected gets none.
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QJsonArray>
#include <QTest>

#include <qcoro/qcorotask.h>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {
const QString kPassword = u"correct horse battery"_s;
constexpr int kDelaySeconds = 2;
} // namespace

class ChatMailTest : public QObject
{
    Q_OBJECT

    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_agent;
    qint64 m_agentId = 0;

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        return client->connectTo(m_server->endpoint()) ? std::move(client) : nullptr;
    }

    std::unique_ptr<TestClient> confirmedCustomer(const QString &first, const QString &email, const QString &language)
    {
        auto client = connected();
        if (!client
            || !client
                    ->call(methods::authRegister, {{u"firstName"_s, first},
                                                   {u"lastName"_s, u"Tester"_s},
                                                   {u"email"_s, email},
                                                   {u"password"_s, kPassword},
                                                   {u"passwordConfirmation"_s, kPassword},
                                                   {u"language"_s, language}})
                    .ok()
            || !QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(email).isEmpty(); }, 10000)
            || !client->login(email, kPassword).ok()
            || !client->call(methods::authConfirmEmail, {{u"code"_s, m_smtp.latestCodeFor(email)}}).ok())
            return nullptr;
        return client;
    }

    QList<CapturedMail> mailsTo(const QString &address) const
    {
        QList<CapturedMail> found;
        for (const auto &mail : m_smtp.mails()) {
            if (mail.envelopeTo == address)
                found << mail;
        }
        return found;
    }

    // A ticket of this customer's, assigned to the agent, with the assignment
    // mail already in: every later mail to the customer is about the chat.
    qint64 assignedTicket(TestClient &customer, const QString &address, const QString &subject)
    {
        const qsizetype before = mailsTo(address).size();
        const qint64 id =
            customer.call(methods::ticketCreate, {{u"subject"_s, subject}, {u"description"_s, u"Details."_s}})
                .result[u"ticket"_s][u"id"_s]
                .toInteger();
        if (id <= 0 || !m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_agentId}}).ok()
            || !QTest::qWaitFor([&] { return mailsTo(address).size() > before; }, 10000))
            return 0;
        return id;
    }

    // Sends several messages pipelined, as a quick exchange would, so all of
    // them land well inside one batching window. Returns their ids.
    static QList<qint64> sendAll(TestClient &client, qint64 ticketId,
                                 const QList<std::pair<QString, QString>> &messages)
    {
        std::vector<QCoro::Task<Reply>> calls;
        for (const auto &[kind, body] : messages)
            calls.push_back(client.rpc().call(methods::messageSend,
                                              {{u"ticketId"_s, ticketId}, {u"kind"_s, kind}, {u"body"_s, body}}));
        QList<qint64> ids;
        for (auto &call : calls)
            ids << QCoro::waitFor(call).result[u"message"_s][u"id"_s].toInteger();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_smtp.start());
        m_server = std::make_unique<ServerProcess>(
            m_smtp.serverArguments() + QStringList{u"--chat-mail-delay-seconds"_s, QString::number(kDelaySeconds)});
        QVERIFY(m_server->createAdmin(u"admin@example.com"_s, kPassword));
        QVERIFY(m_server->start());
        m_admin = connected();
        QVERIFY(m_admin && m_admin->login(u"admin@example.com"_s, kPassword).ok());
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
        const Reply login = m_agent->login(u"arun@example.com"_s, kPassword);
        QVERIFY(login.ok());
        m_agentId = login.result[u"user"_s][u"id"_s].toInteger();
        QVERIFY(m_agent->call(methods::eventsSubscribe, {{u"since"_s, 0}}).ok());
    }

    void offlineCustomerGetsOneMailForTheBatch_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("optionalMail");
        QTest::addColumn<QString>("greeting");
        QTest::addColumn<QString>("intro");
        QTest::newRow("English") << u"en"_s << true << u"Hello Meena Tester"_s << u"while you were away"_s;
        // Chat mail for someone offline is not an optional notification: it
        // is how the conversation reaches them at all.
        QTest::newRow("Tamil, optional mail off") << u"ta"_s << false << u"வணக்கம் Meena Tester"_s << u"புதிய செய்திகள்"_s;
        QTest::newRow("Hindi") << u"hi"_s << true << u"नमस्ते Meena Tester"_s << u"नए संदेश"_s;
    }

    void offlineCustomerGetsOneMailForTheBatch()
    {
        QFETCH(QString, language);
        QFETCH(bool, optionalMail);
        QFETCH(QString, greeting);
        QFETCH(QString, intro);
        const QString address = u"meena-%1@example.com"_s.arg(language);
        auto customer = confirmedCustomer(u"Meena"_s, address, language);
        QVERIFY(customer);
        QVERIFY(customer->call(methods::profileUpdate, {{u"optionalMail"_s, optionalMail}}).ok());
        const qint64 ticketId = assignedTicket(*customer, address, u"Bill charged twice"_s);
        QVERIFY(ticketId > 0);
        const qsizetype before = mailsTo(address).size();
        // Offline: logged out, so no live event stream for this user (a
        // dropped connection is the same once the server has noticed it).
        QVERIFY(customer->call(methods::authLogout).ok());

        const QString secret = u"Internal: refund needs a manager's approval."_s;
        const QList<qint64> ids = sendAll(*m_agent, ticketId,
                                          {{u"chat"_s, u"We see two charges on the 3rd."_s},
                                           {u"note"_s, secret},
                                           {u"chat"_s, u"One is a pre-authorisation <b>only</b> & will drop."_s},
                                           {u"chat"_s, u"அது மூன்று நாட்களில் மறையும் — तीन दिन में।"_s}});
        QCOMPARE(ids.size(), 4);
        QVERIFY(!ids.contains(0));

        QVERIFY2(QTest::qWaitFor([&] { return mailsTo(address).size() > before; }, 20000), "no chat mail arrived");
        const CapturedMail mail = mailsTo(address).at(before);
        QCOMPARE(mail.header("subject"), u"[#%1] Bill charged twice"_s.arg(ticketId));
        QVERIFY2(mail.header("in-reply-to").startsWith(u"<ticket-%1@"_s.arg(ticketId)),
                 qPrintable(mail.header("in-reply-to")));
        QCOMPARE(mail.header("references"), mail.header("in-reply-to"));
        QVERIFY2(mail.text.contains(greeting) && mail.text.contains(intro), qPrintable(mail.text));
        QVERIFY2(mail.html.contains(intro), qPrintable(mail.html));
        // All three chat messages, in order, in both bodies; the note in neither.
        const QStringList bodies{u"We see two charges on the 3rd."_s,
                                 u"One is a pre-authorisation <b>only</b> & will drop."_s,
                                 u"அது மூன்று நாட்களில் மறையும் — तीन दिन में।"_s};
        qsizetype textAt = -1;
        qsizetype htmlAt = -1;
        for (const QString &body : bodies) {
            const qsizetype inText = mail.text.indexOf(body);
            const qsizetype inHtml = mail.html.indexOf(body.toHtmlEscaped());
            QVERIFY2(inText > textAt, qPrintable(body + u"\n---\n"_s + mail.text));
            QVERIFY2(inHtml > htmlAt, qPrintable(body + u"\n---\n"_s + mail.html));
            textAt = inText;
            htmlAt = inHtml;
        }
        QVERIFY(mail.text.contains(u"Arun Agent"_s));
        QVERIFY2(!mail.text.contains(u"manager"_s) && !mail.html.contains(u"manager"_s), qPrintable(mail.text));
        QVERIFY2(!mail.html.contains(u"<b>only"_s), "the message's markup must be escaped in HTML");

        // The batch is gone with its mail: the next message starts a new one,
        // which carries that message alone.
        QVERIFY(
            m_agent->call(methods::messageSend, {{u"ticketId"_s, ticketId}, {u"body"_s, u"Anything else?"_s}}).ok());
        QVERIFY2(QTest::qWaitFor([&] { return mailsTo(address).size() > before + 1; }, 20000), "no second chat mail");
        const CapturedMail next = mailsTo(address).at(before + 1);
        QVERIFY2(next.text.contains(u"Anything else?"_s), qPrintable(next.text));
        QVERIFY2(!next.text.contains(bodies.first()), qPrintable(next.text));
        QCOMPARE(next.header("in-reply-to"), mail.header("in-reply-to"));
        QCOMPARE(mailsTo(address).size(), before + 2);
    }

    void connectedCustomerGetsNoMail()
    {
        const QString address = u"olga@example.com"_s;
        auto customer = confirmedCustomer(u"Olga"_s, address, u"en"_s);
        QVERIFY(customer);
        const qint64 ticketId = assignedTicket(*customer, address, u"Slow line"_s);
        QVERIFY(ticketId > 0);
        QVERIFY(customer->call(methods::eventsSubscribe, {{u"since"_s, customer->rpc().lastSeq()}}).ok());
        const qsizetype before = mailsTo(address).size();

        QVERIFY(m_agent->call(methods::messageSend, {{u"ticketId"_s, ticketId}, {u"body"_s, u"Seen live."_s}}).ok());
        QVERIFY(customer->waitForEvents(1));
        QTRY_VERIFY(std::any_of(customer->events.cbegin(), customer->events.cend(),
                                [](const auto &event) { return event.name == events::messageCreated; }));

        // Then the customer leaves; what follows is mailed — and only that:
        // the message seen live never shows up in a mail.
        QVERIFY(customer->call(methods::authLogout).ok());
        QVERIFY(m_agent->call(methods::messageSend, {{u"ticketId"_s, ticketId}, {u"body"_s, u"Sent after."_s}}).ok());
        QVERIFY2(QTest::qWaitFor([&] { return mailsTo(address).size() > before; }, 20000), "no mail after leaving");
        const CapturedMail mail = mailsTo(address).at(before);
        QVERIFY2(mail.text.contains(u"Sent after."_s), qPrintable(mail.text));
        QVERIFY2(!mail.text.contains(u"Seen live."_s), qPrintable(mail.text));
        QCOMPARE(mailsTo(address).size(), before + 1);
    }

    void customerMessagesReachTheOfflineAssigneeOnly()
    {
        const QString address = u"ravi@example.com"_s;
        auto customer = confirmedCustomer(u"Ravi"_s, address, u"en"_s);
        QVERIFY(customer);
        const qsizetype agentBefore = mailsTo(u"arun@example.com"_s).size();

        // Unassigned: nobody to mail.
        const qint64 ticketId =
            customer->call(methods::ticketCreate, {{u"subject"_s, u"No dial tone"_s}, {u"description"_s, u"Dead."_s}})
                .result[u"ticket"_s][u"id"_s]
                .toInteger();
        QVERIFY(ticketId > 0);
        QVERIFY(
            customer->call(methods::messageSend, {{u"ticketId"_s, ticketId}, {u"body"_s, u"Anyone there?"_s}}).ok());

        // Assigned to the agent, who then goes offline.
        QVERIFY(m_admin->call(methods::ticketAssign, {{u"ticketId"_s, ticketId}, {u"agentId"_s, m_agentId}}).ok());
        QVERIFY(m_agent->call(methods::authLogout).ok());
        QVERIFY(customer->call(methods::messageSend, {{u"ticketId"_s, ticketId}, {u"body"_s, u"Still dead."_s}}).ok());

        QVERIFY2(QTest::qWaitFor([&] { return mailsTo(u"arun@example.com"_s).size() > agentBefore; }, 20000),
                 "the offline assignee got no mail");
        const CapturedMail mail = mailsTo(u"arun@example.com"_s).at(agentBefore);
        QCOMPARE(mail.header("subject"), u"[#%1] No dial tone"_s.arg(ticketId));
        QVERIFY2(mail.text.contains(u"Still dead."_s), qPrintable(mail.text));
        QVERIFY2(!mail.text.contains(u"Anyone there?"_s), qPrintable(mail.text)); // before the assignment: not theirs
        QCOMPARE(mailsTo(u"arun@example.com"_s).size(), agentBefore + 1);

        // Back online for the other tests.
        QVERIFY(m_agent->login(u"arun@example.com"_s, kPassword).ok());
        QVERIFY(m_agent->call(methods::eventsSubscribe, {{u"since"_s, m_agent->rpc().lastSeq()}}).ok());
    }

    void whatWasMarkedReadIsNotMailed()
    {
        const QString address = u"tara@example.com"_s;
        auto customer = confirmedCustomer(u"Tara"_s, address, u"en"_s);
        QVERIFY(customer);
        const qint64 ticketId = assignedTicket(*customer, address, u"Wrong plan"_s);
        QVERIFY(ticketId > 0);
        const qsizetype before = mailsTo(address).size();

        // Connected but not listening (a phone app in the background, say):
        // the message is queued for mail, but reading it in time cancels that.
        const QList<qint64> ids = sendAll(*m_agent, ticketId, {{u"chat"_s, u"Read in time."_s}});
        QVERIFY(
            customer->call(methods::messageMarkRead, {{u"ticketId"_s, ticketId}, {u"messageId"_s, ids.first()}}).ok());
        QVERIFY(m_agent->call(methods::messageSend, {{u"ticketId"_s, ticketId}, {u"body"_s, u"Not read."_s}}).ok());
        QVERIFY2(QTest::qWaitFor([&] { return mailsTo(address).size() > before; }, 20000), "no mail");
        const CapturedMail mail = mailsTo(address).at(before);
        QVERIFY2(mail.text.contains(u"Not read."_s), qPrintable(mail.text));
        QVERIFY2(!mail.text.contains(u"Read in time."_s), qPrintable(mail.text));
    }
};

QTEST_GUILESS_MAIN(ChatMailTest)
#include "tst_chat_mail.moc"

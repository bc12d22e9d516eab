// The conversation on a ticket through the real protocol, two (and more)
// real clients at once: chat both ways pushed live, pages newest first,
// internal notes that never reach the customer (not in lists, events or
// replays), refusals that store nothing, resume without loss or duplicates,
// typing and read state, and canned responses with their placeholders.
#include "RawConnection.h"

#include <ServerProcess.h>
#include <TestClient.h>

#include <domain/CannedText.h>
#include <protocol/Envelope.h>
#include <protocol/Fields.h>
#include <protocol/FrameCodec.h>
#include <protocol/Messages.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <qcoro/qcorotask.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {

const QString kAdminEmail = u"admin@example.com"_s;
const QString kPassword = u"correct horse battery"_s;

QList<qint64> messageIds(const Reply &list)
{
    QList<qint64> ids;
    for (const auto &message : list.result[u"messages"_s].toArray())
        ids << message[u"id"_s].toInteger();
    return ids;
}

// The events of one name, in arrival order.
QList<TestClient::Event> named(const QList<TestClient::Event> &events, QLatin1StringView name)
{
    QList<TestClient::Event> found;
    for (const auto &event : events) {
        if (event.name == name)
            found << event;
    }
    return found;
}

// Whether a message.created event for this message id has arrived.
bool hasMessageEvent(const TestClient &client, qint64 id)
{
    const auto created = named(client.events, events::messageCreated);
    return std::any_of(created.cbegin(), created.cend(),
                       [id](const auto &event) { return event.data[u"message"_s][u"id"_s].toInteger() == id; });
}

// Everything a customer was sent, as text: a note's body must not be in it.
QString everything(const QList<TestClient::Event> &events)
{
    QString text;
    for (const auto &event : events)
        text += event.name + u' ' + QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact)) + u'\n';
    return text;
}

} // namespace

class ConversationTest : public QObject
{
    Q_OBJECT

    ServerProcess m_server{{u"--plain"_s, u"--email-confirmation"_s, u"off"_s}};
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_customer;
    std::unique_ptr<TestClient> m_stranger; // another customer
    qint64 m_agentId = 0;
    qint64 m_customerId = 0;
    qint64 m_ticketId = 0; // the customer's, assigned to the agent

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        return client->connectTo(m_server.endpoint()) ? std::move(client) : nullptr;
    }

    std::unique_ptr<TestClient> customer(const QString &first, const QString &email)
    {
        auto client = connected();
        if (!client || !client->registerCustomer(first, u"Tester"_s, email, kPassword).ok()
            || !client->login(email, kPassword).ok())
            return nullptr;
        return client;
    }

    static bool subscribe(TestClient &client)
    {
        const qint64 head = client.call(methods::ticketList).result[u"eventSeq"_s].toInteger();
        return client.call(methods::eventsSubscribe, {{u"since"_s, head}}).ok();
    }

    qint64 raiseAssignedTicket(const QString &subject)
    {
        const qint64 id =
            m_customer->call(methods::ticketCreate, {{u"subject"_s, subject}, {u"description"_s, u"Details."_s}})
                .result[u"ticket"_s][u"id"_s]
                .toInteger();
        if (id > 0 && !m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_agentId}}).ok())
            return 0;
        return id;
    }

    static Reply send(TestClient &client, qint64 ticketId, const QString &body, const QString &kind = u"chat"_s)
    {
        return client.call(methods::messageSend, {{u"ticketId"_s, ticketId}, {u"kind"_s, kind}, {u"body"_s, body}});
    }

    // How many messages the agent (who sees notes too) finds on a ticket.
    qsizetype storedCount(qint64 ticketId)
    {
        return m_agent->call(methods::messageList, {{u"ticketId"_s, ticketId}, {u"limit"_s, 100}})
            .result[u"messages"_s]
            .toArray()
            .size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.createAdmin(kAdminEmail, kPassword));
        QVERIFY(m_server.start());
        m_admin = connected();
        QVERIFY(m_admin && m_admin->login(kAdminEmail, kPassword).ok());

        // An agent who registered and was approved.
        m_agent = connected();
        QVERIFY(m_agent);
        QVERIFY(m_agent
                    ->call(methods::authRegisterAgent, {{u"firstName"_s, u"Arun"_s},
                                                        {u"lastName"_s, u"Agent"_s},
                                                        {u"email"_s, u"arun@example.com"_s},
                                                        {u"password"_s, kPassword},
                                                        {u"passwordConfirmation"_s, kPassword}})
                    .ok());
        const Reply agentLogin = m_agent->login(u"arun@example.com"_s, kPassword);
        QVERIFY2(agentLogin.ok(), qPrintable(toString(agentLogin)));
        m_agentId = agentLogin.result[u"user"_s][u"id"_s].toInteger();
        QVERIFY(m_admin->call(methods::userApprove, {{u"userId"_s, m_agentId}}).ok());
        QVERIFY(m_agent->login(u"arun@example.com"_s, kPassword).ok()); // the session now knows it is active

        m_customer = customer(u"Chitra"_s, u"chitra@example.com"_s);
        QVERIFY(m_customer);
        m_customerId = m_customer->call(methods::profileGet).result[u"user"_s][u"id"_s].toInteger();
        m_stranger = customer(u"Stella"_s, u"stella@example.com"_s);
        QVERIFY(m_stranger);
        for (auto *client : {m_admin.get(), m_agent.get(), m_customer.get(), m_stranger.get()})
            QVERIFY(subscribe(*client));
        m_ticketId = raiseAssignedTicket(u"Router keeps rebooting"_s);
        QVERIFY(m_ticketId > 0);
    }

    void chatGoesBothWaysLive()
    {
        m_agent->events.clear();
        m_customer->events.clear();
        const Reply asked = send(*m_customer, m_ticketId, u"It rebooted again just now."_s);
        QVERIFY2(asked.ok(), qPrintable(toString(asked)));
        const QJsonObject question = asked.result[u"message"_s].toObject();
        QCOMPARE(question[u"authorId"_s].toInteger(), m_customerId);
        QCOMPARE(question[u"authorRole"_s].toString(), u"customer"_s);
        QCOMPARE(question[u"authorName"_s].toString(), u"Chitra Tester"_s);
        QCOMPARE(question[u"kind"_s].toString(), u"chat"_s);
        QCOMPARE(question[u"attachments"_s].toArray(), QJsonArray());
        QVERIFY(!question[u"createdAt"_s].toString().isEmpty());

        // Pushed to the agent at once, the very message the customer got back.
        QTRY_COMPARE(named(m_agent->events, events::messageCreated).size(), 1);
        QCOMPARE(named(m_agent->events, events::messageCreated).first().data[u"message"_s].toObject(), question);

        const Reply answered = send(*m_agent, m_ticketId, u"Sorry about that — let us check the line."_s);
        QVERIFY2(answered.ok(), qPrintable(toString(answered)));
        QTRY_COMPARE(named(m_customer->events, events::messageCreated).size(), 2);
        const QJsonObject answer =
            named(m_customer->events, events::messageCreated).last().data[u"message"_s].toObject();
        QCOMPARE(answer, answered.result[u"message"_s].toObject());
        QCOMPARE(answer[u"authorRole"_s].toString(), u"agent"_s);

        // The agent's first chat answer is the ticket's first response (SLA),
        // and the customer's list hears of it.
        QTRY_VERIFY(!named(m_customer->events, events::ticketUpdated).isEmpty());
        const QJsonObject ticket = named(m_customer->events, events::ticketUpdated).last().data;
        QCOMPARE(ticket[u"id"_s].toInteger(), m_ticketId);
        QCOMPARE(ticket[u"firstRespondedAt"_s].toString(), answer[u"createdAt"_s].toString());

        // A second answer does not move it.
        QVERIFY(send(*m_agent, m_ticketId, u"Which model is it?"_s).ok());
        const Reply opened = m_customer->call(methods::ticketGet, {{u"ticketId"_s, m_ticketId}});
        QCOMPARE(opened.result[u"ticket"_s][u"firstRespondedAt"_s].toString(), answer[u"createdAt"_s].toString());
    }

    // A finished upload goes with a message, once, and only its uploader's.
    void filesGoWithAMessageOnce()
    {
        const QByteArray bytes = "line test results\n";
        const auto upload = [&](TestClient &client) {
            const Reply begun = client.call(methods::attachmentBegin, {{u"ticketId"_s, m_ticketId},
                                                                       {u"fileName"_s, u"results.txt"_s},
                                                                       {u"mimeType"_s, u"text/plain"_s},
                                                                       {u"size"_s, bytes.size()}});
            const QString uploadId = begun.result[u"uploadId"_s].toString();
            client.call(
                methods::attachmentChunk,
                {{u"uploadId"_s, uploadId}, {u"offset"_s, 0}, {u"data"_s, QString::fromLatin1(bytes.toBase64())}});
            const Reply finished = client.call(
                methods::attachmentFinish,
                {{u"uploadId"_s, uploadId},
                 {u"sha256"_s,
                  QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}});
            return finished.result[u"attachment"_s][u"id"_s].toInteger();
        };
        const qint64 mine = upload(*m_agent);
        QVERIFY2(mine > 0, "the agent's upload did not finish");
        const Reply sent = m_agent->call(
            methods::messageSend,
            {{u"ticketId"_s, m_ticketId}, {u"body"_s, u"Results attached."_s}, {u"attachmentIds"_s, QJsonArray{mine}}});
        QVERIFY2(sent.ok(), qPrintable(toString(sent)));
        QCOMPARE(sent.result[u"message"_s][u"attachments"_s].toArray(),
                 (QJsonArray{QJsonObject{{u"id"_s, mine},
                                         {u"fileName"_s, u"results.txt"_s},
                                         {u"mimeType"_s, u"text/plain"_s},
                                         {u"size"_s, bytes.size()}}}));
        const qint64 messageId = sent.result[u"message"_s][u"id"_s].toInteger();
        QTRY_VERIFY(hasMessageEvent(*m_customer, messageId));
        const Reply listed = m_customer->call(methods::messageList, {{u"ticketId"_s, m_ticketId}, {u"limit"_s, 1}});
        QCOMPARE(listed.result[u"messages"_s][0][u"attachments"_s].toArray(),
                 sent.result[u"message"_s][u"attachments"_s].toArray());

        // Used once; someone else's upload is not yours to send.
        const qint64 theirs = upload(*m_customer);
        QVERIFY2(theirs > 0, "the customer's upload did not finish");
        for (qint64 id : {mine, theirs}) {
            const qsizetype before = storedCount(m_ticketId);
            const Reply refused = m_agent->call(
                methods::messageSend,
                {{u"ticketId"_s, m_ticketId}, {u"body"_s, u"Again."_s}, {u"attachmentIds"_s, QJsonArray{id}}});
            QVERIFY2(!refused.ok(), qPrintable(toString(refused)));
            QCOMPARE(errorCodeName(refused.error->code), u"validation_failed"_s);
            QCOMPARE(refused.error->field, u"attachmentIds"_s);
            QCOMPARE(storedCount(m_ticketId), before);
        }
        // A file alone, without words, is a message too.
        const Reply fileOnly = m_customer->call(
            methods::messageSend,
            {{u"ticketId"_s, m_ticketId}, {u"body"_s, u""_s}, {u"attachmentIds"_s, QJsonArray{theirs}}});
        QVERIFY2(fileOnly.ok(), qPrintable(toString(fileOnly)));
    }

    void theLongestBodyIsAccepted()
    {
        // 20,000 characters even when each is an emoji (two UTF-16 units).
        const QString body = u"😀"_s.repeated(20000);
        const Reply sent = send(*m_customer, m_ticketId, body);
        QVERIFY2(sent.ok(), qPrintable(toString(sent).left(200)));
        QCOMPARE(sent.result[u"message"_s][u"body"_s].toString(), body);
    }

    void theSenderIsTheSessionNeverAParameter()
    {
        const Reply forged = m_customer->call(methods::messageSend, {{u"ticketId"_s, m_ticketId},
                                                                     {u"body"_s, u"I am the agent, honestly."_s},
                                                                     {u"authorId"_s, m_agentId},
                                                                     {u"authorName"_s, u"Arun Agent"_s},
                                                                     {u"authorRole"_s, u"agent"_s}});
        QVERIFY2(forged.ok(), qPrintable(toString(forged)));
        QCOMPARE(forged.result[u"message"_s][u"authorId"_s].toInteger(), m_customerId);
        QCOMPARE(forged.result[u"message"_s][u"authorRole"_s].toString(), u"customer"_s);
        const Reply listed = m_agent->call(methods::messageList, {{u"ticketId"_s, m_ticketId}, {u"limit"_s, 1}});
        QCOMPARE(listed.result[u"messages"_s][0][u"authorId"_s].toInteger(), m_customerId);
        QCOMPARE(listed.result[u"messages"_s][0][u"authorName"_s].toString(), u"Chitra Tester"_s);
    }

    void notesNeverReachTheCustomer()
    {
        m_customer->events.clear();
        m_admin->events.clear();
        const qint64 seqBefore = m_customer->rpc().lastSeq();
        const QString secret = u"Customer sounds annoyed; line test shows noise."_s;
        const Reply note = send(*m_agent, m_ticketId, secret, u"note"_s);
        QVERIFY2(note.ok(), qPrintable(toString(note)));
        QCOMPARE(note.result[u"message"_s][u"kind"_s].toString(), u"note"_s);
        // A chat message after it: once the customer has that, the note would
        // have arrived before it on the same connection.
        const Reply after = send(*m_agent, m_ticketId, u"We are running a line test."_s);
        QVERIFY(after.ok());
        const qint64 noteId = note.result[u"message"_s][u"id"_s].toInteger();
        QTRY_VERIFY(hasMessageEvent(*m_customer, after.result[u"message"_s][u"id"_s].toInteger()));
        QVERIFY(!hasMessageEvent(*m_customer, noteId));
        QVERIFY2(!everything(m_customer->events).contains(secret), qPrintable(everything(m_customer->events)));
        // Staff do see it live.
        QTRY_VERIFY(hasMessageEvent(*m_admin, noteId));
        QVERIFY(everything(m_admin->events).contains(secret));

        // Not in the customer's list; in the agent's.
        const Reply customerList = m_customer->call(methods::messageList, {{u"ticketId"_s, m_ticketId}});
        QVERIFY2(customerList.ok(), qPrintable(toString(customerList)));
        QVERIFY(!messageIds(customerList).contains(note.result[u"message"_s][u"id"_s].toInteger()));
        QVERIFY(!toString(customerList).contains(secret));
        for (const auto &message : customerList.result[u"messages"_s].toArray())
            QCOMPARE(message[u"kind"_s].toString(), u"chat"_s);
        const Reply agentList = m_agent->call(methods::messageList, {{u"ticketId"_s, m_ticketId}});
        QVERIFY(messageIds(agentList).contains(note.result[u"message"_s][u"id"_s].toInteger()));

        // Not in a replay either: a second connection of the customer resumes
        // from before the note and gets the chat message only.
        TestClient replaying;
        QVERIFY(replaying.connectTo(m_server.endpoint()));
        QVERIFY(replaying.call(methods::authResume, {{u"token"_s, m_customer->token}}).ok());
        QVERIFY(replaying.call(methods::eventsSubscribe, {{u"since"_s, seqBefore}}).ok());
        QTRY_VERIFY(hasMessageEvent(replaying, after.result[u"message"_s][u"id"_s].toInteger()));
        QVERIFY(!hasMessageEvent(replaying, noteId));
        QVERIFY2(!everything(replaying.events).contains(secret), qPrintable(everything(replaying.events)));
        // And not from the beginning of time.
        TestClient fromZero;
        QVERIFY(fromZero.connectTo(m_server.endpoint()));
        QVERIFY(fromZero.call(methods::authResume, {{u"token"_s, m_customer->token}}).ok());
        QVERIFY(fromZero.call(methods::eventsSubscribe, {{u"since"_s, 0}}).ok());
        QTRY_VERIFY(named(fromZero.events, events::messageCreated).size() >= 4);
        QVERIFY2(!everything(fromZero.events).contains(secret), qPrintable(everything(fromZero.events)));

        // Nor through a read marker: the note's id does not exist for the customer.
        const Reply marked = m_customer->call(
            methods::messageMarkRead,
            {{u"ticketId"_s, m_ticketId}, {u"messageId"_s, note.result[u"message"_s][u"id"_s].toInteger()}});
        QVERIFY(!marked.ok());
        QCOMPARE(marked.error->code, ErrorCode::NotFound);
    }

    void pagesGoNewestFirst_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("three") << 3;
        QTest::newRow("exactly all") << 7;
        QTest::newRow("more than all") << 100;
    }

    void pagesGoNewestFirst()
    {
        QFETCH(int, pageSize);
        const qint64 ticketId = raiseAssignedTicket(u"Paging %1"_s.arg(pageSize));
        QList<qint64> sent;
        for (int i = 0; i < 7; ++i) {
            const Reply reply = send(i % 2 ? *m_agent : *m_customer, ticketId, u"Message %1"_s.arg(i));
            QVERIFY2(reply.ok(), qPrintable(toString(reply)));
            sent.prepend(reply.result[u"message"_s][u"id"_s].toInteger());
        }
        QList<qint64> seen;
        qint64 beforeId = 0;
        for (int page = 0; page < 10; ++page) {
            QJsonObject params{{u"ticketId"_s, ticketId}, {u"limit"_s, pageSize}};
            if (beforeId)
                params.insert(u"beforeId"_s, beforeId);
            const Reply listed = m_customer->call(methods::messageList, params);
            QVERIFY2(listed.ok(), qPrintable(toString(listed)));
            const QList<qint64> ids = messageIds(listed);
            QVERIFY(ids.size() <= pageSize);
            seen += ids;
            QCOMPARE(listed.result[u"hasMore"_s].toBool(), seen.size() < sent.size());
            if (!listed.result[u"hasMore"_s].toBool())
                break;
            beforeId = ids.last();
        }
        QCOMPARE(seen, sent); // newest first, each once, none missing
    }

    void whatIsRefusedStoresNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params"); // ticketId is added unless present
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("field");
        const QString send = methods::messageSend;
        QTest::newRow("another customer's ticket")
            << u"stranger"_s << send << QJsonObject{{u"body"_s, u"Hi"_s}} << ErrorCode::NotFound << u"ticketId"_s;
        QTest::newRow("another customer lists it")
            << u"stranger"_s << QString(methods::messageList) << QJsonObject{} << ErrorCode::NotFound << u"ticketId"_s;
        QTest::newRow("another customer types on it") << u"stranger"_s << QString(methods::messageTyping)
                                                      << QJsonObject{} << ErrorCode::NotFound << u"ticketId"_s;
        QTest::newRow("another customer marks it read")
            << u"stranger"_s << QString(methods::messageMarkRead) << QJsonObject{{u"messageId"_s, 1}}
            << ErrorCode::NotFound << u"ticketId"_s;
        QTest::newRow("no such ticket") << u"agent"_s << send
                                        << QJsonObject{{u"ticketId"_s, 999999}, {u"body"_s, u"Hi"_s}}
                                        << ErrorCode::NotFound << u"ticketId"_s;
        QTest::newRow("customer writes a note")
            << u"customer"_s << send << QJsonObject{{u"kind"_s, u"note"_s}, {u"body"_s, u"psst"_s}}
            << ErrorCode::Forbidden << u"kind"_s;
        QTest::newRow("unknown kind") << u"agent"_s << send
                                      << QJsonObject{{u"kind"_s, u"shout"_s}, {u"body"_s, u"Hi"_s}}
                                      << ErrorCode::InvalidParams << u"kind"_s;
        QTest::newRow("no ticket id") << u"agent"_s << send
                                      << QJsonObject{{u"ticketId"_s, QJsonValue()}, {u"body"_s, u"Hi"_s}}
                                      << ErrorCode::InvalidParams << u"ticketId"_s;
        QTest::newRow("ticket id as text")
            << u"agent"_s << send << QJsonObject{{u"ticketId"_s, u"1"_s}, {u"body"_s, u"Hi"_s}}
            << ErrorCode::InvalidParams << u"ticketId"_s;
        QTest::newRow("empty body") << u"customer"_s << send << QJsonObject{{u"body"_s, u""_s}}
                                    << ErrorCode::ValidationFailed << u"body"_s;
        QTest::newRow("no body") << u"customer"_s << send << QJsonObject{} << ErrorCode::ValidationFailed << u"body"_s;
        QTest::newRow("white space only") << u"customer"_s << send << QJsonObject{{u"body"_s, u" \n\t "_s}}
                                          << ErrorCode::ValidationFailed << u"body"_s;
        QTest::newRow("20,001 characters") << u"customer"_s << send << QJsonObject{{u"body"_s, QString(20001, u'x')}}
                                           << ErrorCode::ValidationFailed << u"body"_s;
        QTest::newRow("20,001 characters, two of them emoji")
            << u"customer"_s << send << QJsonObject{{u"body"_s, QString(19999, u'x') + u"😀😀"_s}}
            << ErrorCode::ValidationFailed << u"body"_s;
        QTest::newRow("half a megabyte, under the frame cap")
            << u"customer"_s << send << QJsonObject{{u"body"_s, QString(500'000, u'y')}} << ErrorCode::InvalidParams
            << u"body"_s;
        QTest::newRow("control characters") << u"customer"_s << send << QJsonObject{{u"body"_s, u"bell\u0007"_s}}
                                            << ErrorCode::ValidationFailed << u"body"_s;
        QTest::newRow("body not text") << u"customer"_s << send << QJsonObject{{u"body"_s, 42}}
                                       << ErrorCode::InvalidParams << u"body"_s;
        QTest::newRow("attachment ids not a list")
            << u"customer"_s << send << QJsonObject{{u"body"_s, u"Hi"_s}, {u"attachmentIds"_s, 5}}
            << ErrorCode::InvalidParams << u"attachmentIds"_s;
        QTest::newRow("attachment id not a number")
            << u"customer"_s << send << QJsonObject{{u"body"_s, u"Hi"_s}, {u"attachmentIds"_s, QJsonArray{u"x"_s}}}
            << ErrorCode::InvalidParams << u"attachmentIds"_s;
        QTest::newRow("attachment listed twice")
            << u"customer"_s << send << QJsonObject{{u"body"_s, u"Hi"_s}, {u"attachmentIds"_s, QJsonArray{3, 3}}}
            << ErrorCode::InvalidParams << u"attachmentIds"_s;
        QTest::newRow("too many attachments")
            << u"customer"_s << send
            << QJsonObject{{u"body"_s, u"Hi"_s}, {u"attachmentIds"_s, QJsonArray{1, 2, 3, 4, 5, 6}}}
            << ErrorCode::InvalidParams << u"attachmentIds"_s;
        QTest::newRow("attachment that was never uploaded")
            << u"customer"_s << send
            << QJsonObject{{u"body"_s, u"See file"_s}, {u"attachmentIds"_s, QJsonArray{999999}}}
            << ErrorCode::ValidationFailed << u"attachmentIds"_s;
        QTest::newRow("page too large") << u"agent"_s << QString(methods::messageList) << QJsonObject{{u"limit"_s, 101}}
                                        << ErrorCode::InvalidParams << u"limit"_s;
        QTest::newRow("negative beforeId")
            << u"agent"_s << QString(methods::messageList) << QJsonObject{{u"beforeId"_s, -3}}
            << ErrorCode::InvalidParams << u"beforeId"_s;
        QTest::newRow("mark read without message") << u"customer"_s << QString(methods::messageMarkRead)
                                                   << QJsonObject{} << ErrorCode::InvalidParams << u"messageId"_s;
        QTest::newRow("mark read a message of another ticket")
            << u"customer"_s << QString(methods::messageMarkRead) << QJsonObject{{u"messageId"_s, 999999}}
            << ErrorCode::NotFound << u"messageId"_s;
        QTest::newRow("customer types a note")
            << u"customer"_s << QString(methods::messageTyping) << QJsonObject{{u"kind"_s, u"note"_s}}
            << ErrorCode::Forbidden << u"kind"_s;
    }

    void whatIsRefusedStoresNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(ErrorCode, code);
        QFETCH(QString, field);
        TestClient *client = who == u"stranger"   ? m_stranger.get()
                             : who == u"customer" ? m_customer.get()
                                                  : m_agent.get();
        if (!params.contains(u"ticketId"_s))
            params.insert(u"ticketId"_s, m_ticketId);
        else if (params.value(u"ticketId"_s).isNull())
            params.remove(u"ticketId"_s);
        const qsizetype before = storedCount(m_ticketId);
        m_stranger->events.clear();
        const Reply reply = client->call(method, params);
        QVERIFY2(!reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(errorCodeName(reply.error->code), errorCodeName(code));
        QCOMPARE(reply.error->field, field);
        QCOMPARE(storedCount(m_ticketId), before);
        // The stranger learns nothing of the ticket from the refusal...
        if (who == u"stranger")
            QVERIFY2(!toString(reply).contains(u"Router"_s), qPrintable(toString(reply)));
    }

    void strangersHearNothing()
    {
        // ...nor from the event stream: a customer's chat reaches its own
        // customer and staff only.
        m_stranger->events.clear();
        const Reply marker = m_stranger->call(methods::ticketCreate,
                                              {{u"subject"_s, u"Stella's own"_s}, {u"description"_s, u"Mine."_s}});
        QVERIFY(send(*m_agent, m_ticketId, u"Only for Chitra."_s).ok());
        QVERIFY(send(*m_stranger, marker.result[u"ticket"_s][u"id"_s].toInteger(), u"Hello?"_s).ok());
        QTRY_COMPARE(named(m_stranger->events, events::messageCreated).size(), 1);
        QVERIFY2(!everything(m_stranger->events).contains(u"Only for Chitra"_s),
                 qPrintable(everything(m_stranger->events)));
    }

    void closedTicketsTakeNoMessages()
    {
        const qint64 ticketId = raiseAssignedTicket(u"Closing soon"_s);
        QVERIFY(send(*m_customer, ticketId, u"Before closing."_s).ok());
        QVERIFY(
            m_admin->call(methods::ticketSetStatus, {{u"ticketId"_s, ticketId}, {u"status"_s, u"in_progress"_s}}).ok());
        QVERIFY(
            m_admin->call(methods::ticketSetStatus, {{u"ticketId"_s, ticketId}, {u"status"_s, u"resolved"_s}}).ok());
        QVERIFY2(send(*m_customer, ticketId, u"Resolved is still open for words."_s).ok(),
                 "resolved tickets take chat");
        QVERIFY(
            m_customer->call(methods::ticketSetStatus, {{u"ticketId"_s, ticketId}, {u"status"_s, u"closed"_s}}).ok());

        for (auto *client : {m_customer.get(), m_agent.get()}) {
            const Reply refused = send(*client, ticketId, u"After closing."_s);
            QVERIFY2(!refused.ok(), qPrintable(toString(refused)));
            QCOMPARE(errorCodeName(refused.error->code), u"ticket_closed"_s);
            QCOMPARE(refused.error->field, u"ticketId"_s);
            QVERIFY(!refused.error->message.isEmpty());
        }
        const Reply typing = m_customer->call(methods::messageTyping, {{u"ticketId"_s, ticketId}});
        QCOMPARE(errorCodeName(typing.error.value_or(ApiError{}).code), u"ticket_closed"_s);
        // The history stays readable.
        const Reply listed = m_customer->call(methods::messageList, {{u"ticketId"_s, ticketId}});
        QCOMPARE(messageIds(listed).size(), 2);
        // Reopened, it takes messages again.
        QVERIFY(m_customer->call(methods::ticketSetStatus, {{u"ticketId"_s, ticketId}, {u"status"_s, u"in_progress"_s}})
                    .ok());
        QVERIFY(send(*m_customer, ticketId, u"It is back."_s).ok());
    }

    // A 10 MB body cannot even be framed: the server hangs up at the frame
    // header (frame_too_large) and nothing is stored.
    void tenMegabyteBodyHitsTheFrameCap()
    {
        const qsizetype before = storedCount(m_ticketId);
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        QVERIFY(raw.hello());
        const auto resumed = raw.request(methods::authResume, {{u"token"_s, m_customer->token}});
        QVERIFY2(resumed && errorCode(*resumed).isEmpty(), qPrintable(dump(resumed)));
        // The frame as a client would stream it: the header announcing all
        // of it, then its first 64 KiB — the server answers at the header.
        // (Writing all 10 MB into a socket the server has already closed
        // would only race its goodbye against a TCP reset.)
        const QByteArray frame =
            encodeFrame(makeRequest(raw.takeId(), methods::messageSend,
                                    {{u"ticketId"_s, m_ticketId}, {u"body"_s, QString(10 * 1024 * 1024, u'z')}}));
        QVERIFY(frame.size() > 10 * 1024 * 1024);
        raw.sendRaw(frame.left(64 * 1024));
        const auto goodbye = raw.next();
        QVERIFY2(goodbye && goodbye->value(fields::kind).toString() == kinds::goodbye, qPrintable(dump(goodbye)));
        QCOMPARE(errorCode(*goodbye), u"frame_too_large"_s);
        QVERIFY(raw.waitForClosed());
        QCOMPARE(storedCount(m_ticketId), before);
    }

    // Resume by sequence number: a client that drops off and comes back with
    // the last seq it applied gets every message it missed, once, in order.
    void reconnectLosesAndRepeatsNothing()
    {
        auto away = connected();
        QVERIFY(away);
        QVERIFY(away->call(methods::authResume, {{u"token"_s, m_customer->token}}).ok());
        QVERIFY(subscribe(*away));
        QList<qint64> sent;
        for (int i = 0; i < 2; ++i)
            sent << send(*m_agent, m_ticketId, u"Live %1"_s.arg(i)).result[u"message"_s][u"id"_s].toInteger();
        QTRY_COMPARE(named(away->events, events::messageCreated).size(), 2);
        const qint64 applied = away->rpc().lastSeq();
        const QString token = m_customer->token;
        away.reset(); // the connection drops

        for (int i = 0; i < 3; ++i)
            sent << send(*m_agent, m_ticketId, u"Missed %1"_s.arg(i)).result[u"message"_s][u"id"_s].toInteger();

        TestClient back;
        QVERIFY(back.connectTo(m_server.endpoint()));
        QVERIFY(back.call(methods::authResume, {{u"token"_s, token}}).ok());
        back.rpc().setLastSeq(applied);
        // Resubscribing twice from the same point must not double anything either.
        QVERIFY(back.call(methods::eventsSubscribe, {{u"since"_s, applied}}).ok());
        QVERIFY(back.call(methods::eventsSubscribe, {{u"since"_s, applied}}).ok());
        sent << send(*m_agent, m_ticketId, u"After the return"_s).result[u"message"_s][u"id"_s].toInteger();
        QTRY_COMPARE(named(back.events, events::messageCreated).size(), 4);

        QList<qint64> received{sent[0], sent[1]}; // applied before the drop
        QList<qint64> seqs;
        for (const auto &event : named(back.events, events::messageCreated)) {
            received << event.data[u"message"_s][u"id"_s].toInteger();
            seqs << event.seq;
        }
        QCOMPARE(received, sent);
        QVERIFY(std::is_sorted(seqs.cbegin(), seqs.cend()));
        QCOMPARE(QSet<qint64>(seqs.cbegin(), seqs.cend()).size(), seqs.size());
        QVERIFY(seqs.first() > applied);
    }

    void typingReachesTheOthersOnly()
    {
        m_agent->events.clear();
        m_customer->events.clear();
        m_admin->events.clear();
        // Two notices pipelined, as key presses come: the first goes out, the
        // second (within 2 s) is absorbed.
        const QJsonObject params{{u"ticketId"_s, m_ticketId}};
        auto firstCall = m_customer->rpc().call(methods::messageTyping, params);
        auto secondCall = m_customer->rpc().call(methods::messageTyping, params);
        const Reply first = QCoro::waitFor(std::move(firstCall));
        const Reply again = QCoro::waitFor(std::move(secondCall));
        QVERIFY2(first.ok(), qPrintable(toString(first)));
        QVERIFY(first.result[u"forwarded"_s].toBool());
        QTRY_COMPARE(named(m_agent->events, events::messageTyping).size(), 1);
        const auto typing = named(m_agent->events, events::messageTyping).first();
        QCOMPARE(typing.seq, 0); // transient: outside the sequence
        QCOMPARE(typing.data[u"ticketId"_s].toInteger(), m_ticketId);
        QCOMPARE(typing.data[u"userId"_s].toInteger(), m_customerId);
        QCOMPARE(typing.data[u"userName"_s].toString(), u"Chitra Tester"_s);

        // The message that follows arrives after whatever was forwarded.
        QVERIFY2(again.ok(), qPrintable(toString(again)));
        QVERIFY(!again.result[u"forwarded"_s].toBool());
        const qint64 typed = send(*m_customer, m_ticketId, u"Typed it."_s).result[u"message"_s][u"id"_s].toInteger();
        QTRY_VERIFY(hasMessageEvent(*m_agent, typed));
        QCOMPARE(named(m_agent->events, events::messageTyping).size(), 1);
        // Not echoed to the typist.
        QTRY_VERIFY(hasMessageEvent(*m_customer, typed));
        QCOMPARE(named(m_customer->events, events::messageTyping).size(), 0);

        // An agent typing a note is news for staff only.
        const Reply noteTyping =
            m_agent->call(methods::messageTyping, {{u"ticketId"_s, m_ticketId}, {u"kind"_s, u"note"_s}});
        QVERIFY2(noteTyping.ok() && noteTyping.result[u"forwarded"_s].toBool(), qPrintable(toString(noteTyping)));
        QTRY_VERIFY(!named(m_admin->events, events::messageTyping).isEmpty());
        const qint64 marker = send(*m_agent, m_ticketId, u"Marker."_s).result[u"message"_s][u"id"_s].toInteger();
        QTRY_VERIFY(hasMessageEvent(*m_customer, marker));
        QCOMPARE(named(m_customer->events, events::messageTyping).size(), 0);

        // Never stored: a replay from the start has no typing.
        TestClient replay;
        QVERIFY(replay.connectTo(m_server.endpoint()));
        QVERIFY(replay.call(methods::authResume, {{u"token"_s, m_agent->token}}).ok());
        QVERIFY(replay.call(methods::eventsSubscribe, {{u"since"_s, 0}}).ok());
        QTRY_VERIFY(!named(replay.events, events::messageCreated).isEmpty());
        QVERIFY(replay.call(methods::ping).ok());
        QCOMPARE(named(replay.events, events::messageTyping).size(), 0);
    }

    void readStateMovesForwardOnly()
    {
        const qint64 ticketId = raiseAssignedTicket(u"Read receipts"_s);
        const qint64 first = send(*m_agent, ticketId, u"One"_s).result[u"message"_s][u"id"_s].toInteger();
        const qint64 second = send(*m_agent, ticketId, u"Two"_s).result[u"message"_s][u"id"_s].toInteger();
        m_agent->events.clear();

        const Reply marked =
            m_customer->call(methods::messageMarkRead, {{u"ticketId"_s, ticketId}, {u"messageId"_s, second}});
        QVERIFY2(marked.ok(), qPrintable(toString(marked)));
        QCOMPARE(marked.result[u"lastReadMessageId"_s].toInteger(), second);
        QTRY_COMPARE(named(m_agent->events, events::messageRead).size(), 1);
        const auto read = named(m_agent->events, events::messageRead).first();
        QCOMPARE(read.data[u"ticketId"_s].toInteger(), ticketId);
        QCOMPARE(read.data[u"userId"_s].toInteger(), m_customerId);
        QCOMPARE(read.data[u"lastReadMessageId"_s].toInteger(), second);

        // Backwards is a no-op: the marker stays, no event.
        const Reply back =
            m_customer->call(methods::messageMarkRead, {{u"ticketId"_s, ticketId}, {u"messageId"_s, first}});
        QVERIFY(back.ok());
        QCOMPARE(back.result[u"lastReadMessageId"_s].toInteger(), second);
        const qint64 marker = send(*m_customer, ticketId, u"Marker"_s).result[u"message"_s][u"id"_s].toInteger();
        QTRY_VERIFY(hasMessageEvent(*m_agent, marker));
        QCOMPARE(named(m_agent->events, events::messageRead).size(), 1);

        // The list says who read what.
        const Reply listed = m_agent->call(methods::messageList, {{u"ticketId"_s, ticketId}});
        QCOMPARE(listed.result[u"reads"_s].toArray(), (QJsonArray{QJsonObject{{u"userId"_s, m_customerId},
                                                                              {u"userName"_s, u"Chitra Tester"_s},
                                                                              {u"lastReadMessageId"_s, second}}}));

        // A staff marker on a note shows to the customer as the newest chat
        // message before it, never as the note's id; and its event is staff only.
        const qint64 note =
            send(*m_agent, ticketId, u"Internal"_s, u"note"_s).result[u"message"_s][u"id"_s].toInteger();
        m_customer->events.clear();
        QVERIFY(m_admin->call(methods::messageMarkRead, {{u"ticketId"_s, ticketId}, {u"messageId"_s, note}}).ok());
        const qint64 marker2 = send(*m_agent, ticketId, u"Marker 2"_s).result[u"message"_s][u"id"_s].toInteger();
        QTRY_VERIFY(hasMessageEvent(*m_customer, marker2));
        QVERIFY(!hasMessageEvent(*m_customer, note));
        QCOMPARE(named(m_customer->events, events::messageRead).size(), 0);
        const Reply customerView = m_customer->call(methods::messageList, {{u"ticketId"_s, ticketId}});
        for (const auto &marker : customerView.result[u"reads"_s].toArray())
            QVERIFY2(marker[u"lastReadMessageId"_s].toInteger() != note, qPrintable(toString(customerView)));
    }

    void cannedResponsesPersonalAndShared()
    {
        // A customer has none of this.
        QCOMPARE(m_customer->call(methods::cannedList).error.value_or(ApiError{}).code, ErrorCode::Forbidden);

        const Reply own =
            m_agent->call(methods::cannedSave, {{u"title"_s, u"Greeting"_s},
                                                {u"body"_s, u"Hello {{customer.firstName}}, "
                                                            "this is {{agent.firstName}} on #{{ticket.id}}."_s},
                                                {u"shared"_s, false}});
        QVERIFY2(own.ok(), qPrintable(toString(own)));
        QCOMPARE(own.result[u"response"_s][u"ownerId"_s].toInteger(), m_agentId);
        QCOMPARE(own.result[u"response"_s][u"shared"_s].toBool(), false);

        const Reply notAllowed = m_agent->call(
            methods::cannedSave, {{u"title"_s, u"Team"_s}, {u"body"_s, u"Hi all"_s}, {u"shared"_s, true}});
        QCOMPARE(notAllowed.error.value_or(ApiError{}).code, ErrorCode::Forbidden);

        const Reply shared =
            m_admin->call(methods::cannedSave, {{u"title"_s, u"Closing"_s},
                                                {u"body"_s, u"Anything else, {{customer.firstName}}?"_s},
                                                {u"shared"_s, true}});
        QVERIFY2(shared.ok(), qPrintable(toString(shared)));
        const qint64 sharedId = shared.result[u"response"_s][u"id"_s].toInteger();
        const Reply adminOwn =
            m_admin->call(methods::cannedSave, {{u"title"_s, u"Admin's note to self"_s}, {u"body"_s, u"Mine"_s}});
        QVERIFY(adminOwn.ok());
        const qint64 adminOwnId = adminOwn.result[u"response"_s][u"id"_s].toInteger();

        // The agent sees the shared one and their own, not the admin's personal one.
        const Reply listed = m_agent->call(methods::cannedList, {{u"ticketId"_s, m_ticketId}});
        QVERIFY2(listed.ok(), qPrintable(toString(listed)));
        QStringList titles;
        for (const auto &response : listed.result[u"responses"_s].toArray())
            titles << response[u"title"_s].toString();
        QCOMPARE(titles, (QStringList{u"Closing"_s, u"Greeting"_s}));

        // The placeholder values for that ticket, and the text they make.
        QHash<QString, QString> values;
        const QJsonObject json = listed.result[u"values"_s].toObject();
        for (auto it = json.begin(); it != json.end(); ++it)
            values.insert(it.key(), it.value().toString());
        QCOMPARE(ccr::domain::expandPlaceholders(own.result[u"response"_s][u"body"_s].toString(), values),
                 u"Hello Chitra, this is Arun on #%1."_s.arg(m_ticketId));

        struct Attempt
        {
            const char *what;
            QString method;
            QJsonObject params;
            ErrorCode code;
        };
        const QList<Attempt> attempts = {
            {"agent edits the shared one",
             methods::cannedSave,
             {{u"id"_s, sharedId}, {u"title"_s, u"Mine now"_s}, {u"body"_s, u"x"_s}},
             ErrorCode::Forbidden},
            {"agent deletes the shared one", methods::cannedDelete, {{u"id"_s, sharedId}}, ErrorCode::Forbidden},
            {"agent edits the admin's own",
             methods::cannedSave,
             {{u"id"_s, adminOwnId}, {u"title"_s, u"x"_s}, {u"body"_s, u"x"_s}},
             ErrorCode::NotFound},
            {"agent deletes the admin's own", methods::cannedDelete, {{u"id"_s, adminOwnId}}, ErrorCode::NotFound},
            {"empty title",
             methods::cannedSave,
             {{u"title"_s, u"  "_s}, {u"body"_s, u"x"_s}},
             ErrorCode::ValidationFailed},
            {"empty body",
             methods::cannedSave,
             {{u"title"_s, u"t"_s}, {u"body"_s, u""_s}},
             ErrorCode::ValidationFailed},
            {"shared not a bool",
             methods::cannedSave,
             {{u"title"_s, u"t"_s}, {u"body"_s, u"b"_s}, {u"shared"_s, 1}},
             ErrorCode::InvalidParams},
            {"placeholders for a ticket that does not exist",
             methods::cannedList,
             {{u"ticketId"_s, 999999}},
             ErrorCode::NotFound},
        };
        for (const auto &attempt : attempts) {
            const Reply reply = m_agent->call(attempt.method, attempt.params);
            QVERIFY2(!reply.ok(), attempt.what);
            QVERIFY2(reply.error->code == attempt.code,
                     qPrintable(QString::fromLatin1(attempt.what) + u": "_s + toString(reply)));
        }
        // Still the same two, unchanged.
        const Reply after = m_agent->call(methods::cannedList);
        QCOMPARE(after.result[u"responses"_s].toArray().size(), 2);
        QCOMPARE(after.result[u"responses"_s][0][u"title"_s].toString(), u"Closing"_s);

        // Their owners change them.
        QVERIFY(m_agent
                    ->call(methods::cannedSave, {{u"id"_s, own.result[u"response"_s][u"id"_s].toInteger()},
                                                 {u"title"_s, u"Greeting (short)"_s},
                                                 {u"body"_s, u"Hi {{customer.firstName}}!"_s}})
                    .ok());
        QVERIFY(m_admin->call(methods::cannedDelete, {{u"id"_s, sharedId}}).ok());
        const Reply remaining = m_agent->call(methods::cannedList);
        QCOMPARE(remaining.result[u"responses"_s].toArray().size(), 1);
        QCOMPARE(remaining.result[u"responses"_s][0][u"title"_s].toString(), u"Greeting (short)"_s);
    }
};

QTEST_GUILESS_MAIN(ConversationTest)
#include "tst_conversation.moc"

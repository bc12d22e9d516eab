// A real ccr-server (plain TCP, 500 ms hello timeout) fed what no good client
// sends: broken frames, wrong envelopes, wrong types, requests out of turn,
// broken registration rules. Each case checks the typed answer, and cleanup()
// checks after every row that a fresh, well-behaved client is still served.
// Failed logins are throttled per account (so rows use their own accounts)
// and per address after 50 failures (this file makes about 30).
#include "RawConnection.h"

#include <ServerProcess.h>
#include <TestClient.h>

#include <protocol/Envelope.h>
#include <protocol/Fields.h>
#include <protocol/Messages.h>
#include <protocol/ProtocolVersion.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {

const QString kAdminEmail = u"admin@example.com"_s;
const QString kAdminPassword = u"correct horse battery"_s;
const QString kCustomerEmail = u"casey@example.com"_s;
const QString kCustomerPassword = u"casey's long password"_s;
const QString kRowPassword = u"row's own password"_s;

// A well-behaved client: connects, says hello, pings. Empty when all went well.
QString serveProblem(const Endpoint &endpoint)
{
    TestClient client;
    if (!client.connectTo(endpoint))
        return u"a fresh client could not connect: "_s + client.rpc().lastCloseReason();
    const Reply pong = client.call(methods::ping);
    return pong.ok() ? QString() : u"a fresh client's ping failed: "_s + dump(pong);
}

QJsonObject registration(const QString &first, const QString &last, const QString &email, const QString &password,
                         const QString &confirmation)
{
    return {{u"firstName"_s, first},
            {u"lastName"_s, last},
            {u"email"_s, email},
            {u"password"_s, password},
            {u"passwordConfirmation"_s, confirmation}};
}

QJsonObject without(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

} // namespace

#define VERIFY_RESPONSE(msg, expectedId, expectedCode, expectedField)                                                  \
    do {                                                                                                               \
        QVERIFY2(msg.has_value(), "no response: the connection closed or timed out");                                  \
        QVERIFY2(msg->value(fields::kind).toString() == kinds::response, qPrintable(dump(msg)));                       \
        QVERIFY2(msg->value(fields::id) == QJsonValue(expectedId), qPrintable(dump(msg)));                             \
        QVERIFY2(errorCode(*msg) == (expectedCode), qPrintable(dump(msg)));                                            \
        QVERIFY2(errorField(*msg) == (expectedField), qPrintable(dump(msg)));                                          \
        if (!QString(expectedCode).isEmpty())                                                                          \
            QVERIFY2(!msg->value(fields::error)[fields::message].toString().isEmpty(), qPrintable(dump(msg)));         \
    } while (false)

#define VERIFY_GOODBYE_AND_CLOSE(connection, expectedCode)                                                             \
    do {                                                                                                               \
        const auto goodbye = (connection).next();                                                                      \
        QVERIFY2(goodbye && goodbye->value(fields::kind).toString() == kinds::goodbye,                                 \
                 qPrintable(u"expected a goodbye, got "_s + dump(goodbye)));                                           \
        QVERIFY2(errorCode(*goodbye) == (expectedCode), qPrintable(dump(goodbye)));                                    \
        QVERIFY2(!goodbye->value(fields::error)[fields::message].toString().isEmpty(), qPrintable(dump(goodbye)));     \
        QVERIFY2((connection).waitForClosed(), "the server did not close the connection after its goodbye");           \
        const auto after = (connection).next(0);                                                                       \
        QVERIFY2(!after, qPrintable(u"something after the goodbye: "_s + dump(after)));                                \
    } while (false)

class BadInputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.createAdmin(kAdminEmail, kAdminPassword));
        QVERIFY(m_server.start());
        TestClient customer;
        QVERIFY(customer.connectTo(m_server.endpoint()));
        const Reply registered =
            customer.registerCustomer(u"Casey"_s, u"Customer"_s, kCustomerEmail, kCustomerPassword);
        QVERIFY2(registered.ok(), qPrintable(dump(registered)));
        const Reply login = customer.login(kCustomerEmail, kCustomerPassword);
        QVERIFY2(login.ok(), qPrintable(dump(login)));
        m_customerToken = customer.token;
        QVERIFY(!m_customerToken.isEmpty());
    }

    // After every case, whatever it did: the server is alive and serving.
    void cleanup()
    {
        const QString problem = serveProblem(m_server.endpoint());
        QVERIFY2(problem.isEmpty(), qPrintable(u"after this case: "_s + problem));
    }

    void malformedPayloadAfterHello_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("not json") << QByteArray("this is not json");
        QTest::newRow("truncated json") << QByteArray("{\"kind\": \"request\", \"id\": 1, \"method\": \"pi");
        QTest::newRow("json array") << QByteArray("[{\"kind\": \"request\", \"id\": 1, \"method\": \"ping\"}]");
        QTest::newRow("json number") << QByteArray("42");
        QTest::newRow("json null") << QByteArray("null");
        QTest::newRow("invalid utf-8") << QByteArray("{\"kind\": \"req\xff\xfeuest\"}");
        QTest::newRow("nested too deep") << QByteArray(5000, '[') + QByteArray(5000, ']');
        QTest::newRow("garbage after object") << QByteArray("{\"kind\": \"request\"} trailing");
        QTest::newRow("binary") << QByteArray::fromHex("00ff10207f80c0");
    }

    // Framing is intact, so the server answers with id null and goes on.
    void malformedPayloadAfterHello()
    {
        QFETCH(QByteArray, payload);
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        QVERIFY(raw.hello());
        raw.sendPayload(payload);
        const auto answer = raw.next();
        VERIFY_RESPONSE(answer, QJsonValue::Null, u"malformed_frame"_s, QString());
        const auto pong = raw.request(methods::ping);
        VERIFY_RESPONSE(pong, QJsonValue(1), QString(), QString());
        QVERIFY(raw.isOpen());
    }

    void envelopeErrors_data()
    {
        QTest::addColumn<QJsonObject>("frame");
        QTest::addColumn<QJsonValue>("answeredId");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const QJsonObject ping = makeRequest(5, methods::ping, {});
        QTest::newRow("unknown kind") << with(ping, u"kind"_s, u"shout"_s) << QJsonValue(5) << u"unknown_kind"_s
                                      << u"kind"_s;
        QTest::newRow("kind missing") << without(ping, u"kind"_s) << QJsonValue(5) << u"unknown_kind"_s << u"kind"_s;
        QTest::newRow("kind is a number")
            << with(ping, u"kind"_s, 1) << QJsonValue(5) << u"unknown_kind"_s << u"kind"_s;
        QTest::newRow("kind in capitals")
            << with(ping, u"kind"_s, u"REQUEST"_s) << QJsonValue(5) << u"unknown_kind"_s << u"kind"_s;
        // No id to name: the response says null rather than leaving the id out.
        QTest::newRow("a second hello") << makeHello(u"again"_s) << QJsonValue(QJsonValue::Null) << u"unknown_kind"_s
                                        << u"kind"_s;
        QTest::newRow("client sends a response")
            << makeResponse(5, Reply::success()) << QJsonValue(5) << u"unknown_kind"_s << u"kind"_s;
        QTest::newRow("id is a string") << with(ping, u"id"_s, u"5"_s) << QJsonValue(QJsonValue::Null)
                                        << u"invalid_params"_s << u"id"_s;
        QTest::newRow("id is fractional")
            << with(ping, u"id"_s, 5.5) << QJsonValue(QJsonValue::Null) << u"invalid_params"_s << u"id"_s;
        QTest::newRow("id is too large for an integer")
            << with(ping, u"id"_s, 1e300) << QJsonValue(QJsonValue::Null) << u"invalid_params"_s << u"id"_s;
        QTest::newRow("id is an object") << with(ping, u"id"_s, QJsonObject{{u"n"_s, 5}})
                                         << QJsonValue(QJsonValue::Null) << u"invalid_params"_s << u"id"_s;
        QTest::newRow("id is null") << with(ping, u"id"_s, QJsonValue::Null) << QJsonValue(QJsonValue::Null)
                                    << u"invalid_params"_s << u"id"_s;
        QTest::newRow("id missing") << without(ping, u"id"_s) << QJsonValue(QJsonValue::Null) << u"invalid_params"_s
                                    << u"id"_s;
        QTest::newRow("negative id is fine") << with(ping, u"id"_s, -7) << QJsonValue(-7) << QString() << QString();
        QTest::newRow("method missing") << without(ping, u"method"_s) << QJsonValue(5) << u"invalid_params"_s
                                        << u"method"_s;
        QTest::newRow("method is a number")
            << with(ping, u"method"_s, 3) << QJsonValue(5) << u"invalid_params"_s << u"method"_s;
        QTest::newRow("params is an array")
            << with(ping, u"params"_s, QJsonArray{1, 2}) << QJsonValue(5) << u"invalid_params"_s << u"params"_s;
        QTest::newRow("params is a string")
            << with(ping, u"params"_s, u"{}"_s) << QJsonValue(5) << u"invalid_params"_s << u"params"_s;
        QTest::newRow("params is null") << with(ping, u"params"_s, QJsonValue::Null) << QJsonValue(5)
                                        << u"invalid_params"_s << u"params"_s;
        QTest::newRow("params omitted is fine")
            << without(ping, u"params"_s) << QJsonValue(5) << QString() << QString();
        QTest::newRow("unknown method") << with(ping, u"method"_s, u"ticket.delete"_s) << QJsonValue(5)
                                        << u"unknown_method"_s << u"method"_s;
        QTest::newRow("method in capitals")
            << with(ping, u"method"_s, u"PING"_s) << QJsonValue(5) << u"unknown_method"_s << u"method"_s;
        QTest::newRow("method empty") << with(ping, u"method"_s, QString()) << QJsonValue(5) << u"unknown_method"_s
                                      << u"method"_s;
        QTest::newRow("extra envelope keys are ignored")
            << with(ping, u"priority"_s, u"urgent"_s) << QJsonValue(5) << QString() << QString();
    }

    void envelopeErrors()
    {
        QFETCH(QJsonObject, frame);
        QFETCH(QJsonValue, answeredId);
        QFETCH(QString, code);
        QFETCH(QString, field);
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        QVERIFY(raw.hello());
        raw.sendFrame(frame);
        const auto answer = raw.next();
        VERIFY_RESPONSE(answer, answeredId, code, field);
        // The connection goes on.
        const auto pong = raw.request(methods::ping);
        VERIFY_RESPONSE(pong, QJsonValue(1), QString(), QString());
    }

    void paramErrors_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const QJsonObject ticket{{u"subject"_s, u"Router"_s}, {u"description"_s, u"It reboots."_s}};
        const QString create = methods::ticketCreate;
        const QString list = methods::ticketList;
        QTest::newRow("create: subject is a number")
            << create << with(ticket, u"subject"_s, 42) << u"invalid_params"_s << u"subject"_s;
        QTest::newRow("create: subject is an object")
            << create << with(ticket, u"subject"_s, QJsonObject{}) << u"invalid_params"_s << u"subject"_s;
        QTest::newRow("create: subject missing")
            << create << without(ticket, u"subject"_s) << u"invalid_params"_s << u"subject"_s;
        QTest::newRow("create: description is an array")
            << create << with(ticket, u"description"_s, QJsonArray{u"a"_s}) << u"invalid_params"_s << u"description"_s;
        QTest::newRow("create: description is a bool")
            << create << with(ticket, u"description"_s, true) << u"invalid_params"_s << u"description"_s;
        QTest::newRow("create: subject far too long")
            << create << with(ticket, u"subject"_s, QString(100000, u's')) << u"invalid_params"_s << u"subject"_s;
        QTest::newRow("create: subject of 201")
            << create << with(ticket, u"subject"_s, QString(201, u's')) << u"validation_failed"_s << u"subject"_s;
        QTest::newRow("create: subject blank")
            << create << with(ticket, u"subject"_s, u"   "_s) << u"validation_failed"_s << u"subject"_s;
        QTest::newRow("create: subject with control")
            << create << with(ticket, u"subject"_s, u"a\u0007b"_s) << u"validation_failed"_s << u"subject"_s;
        QTest::newRow("create: description blank")
            << create << with(ticket, u"description"_s, u"\n\n"_s) << u"validation_failed"_s << u"description"_s;
        QTest::newRow("list: limit -5") << list << QJsonObject{{u"limit"_s, -5}} << u"invalid_params"_s << u"limit"_s;
        QTest::newRow("list: limit 0") << list << QJsonObject{{u"limit"_s, 0}} << u"invalid_params"_s << u"limit"_s;
        QTest::newRow("list: limit 10^9")
            << list << QJsonObject{{u"limit"_s, 1e9}} << u"invalid_params"_s << u"limit"_s;
        QTest::newRow("list: limit 1e300")
            << list << QJsonObject{{u"limit"_s, 1e300}} << u"invalid_params"_s << u"limit"_s;
        QTest::newRow("list: limit 2.5") << list << QJsonObject{{u"limit"_s, 2.5}} << u"invalid_params"_s << u"limit"_s;
        QTest::newRow("list: limit as string")
            << list << QJsonObject{{u"limit"_s, u"10"_s}} << u"invalid_params"_s << u"limit"_s;
        QTest::newRow("list: beforeId negative")
            << list << QJsonObject{{u"beforeId"_s, -1}} << u"invalid_params"_s << u"beforeId"_s;
        QTest::newRow("list: limit 200 is fine") << list << QJsonObject{{u"limit"_s, 200}} << QString() << QString();
        QTest::newRow("list: limit null means default")
            << list << QJsonObject{{u"limit"_s, QJsonValue::Null}} << QString() << QString();
        QTest::newRow("subscribe: since negative")
            << QString(methods::eventsSubscribe) << QJsonObject{{u"since"_s, -1}} << u"invalid_params"_s << u"since"_s;
        QTest::newRow("subscribe: since as string")
            << QString(methods::eventsSubscribe) << QJsonObject{{u"since"_s, u"0"_s}} << u"invalid_params"_s
            << u"since"_s;
        QTest::newRow("resume: token is a number")
            << QString(methods::authResume) << QJsonObject{{u"token"_s, 12345}} << u"invalid_params"_s << u"token"_s;
        QTest::newRow("resume: token far too long")
            << QString(methods::authResume) << QJsonObject{{u"token"_s, QString(5000, u't')}} << u"invalid_params"_s
            << u"token"_s;
        QTest::newRow("login: email missing")
            << QString(methods::authLogin) << QJsonObject{{u"password"_s, u"whatever1"_s}} << u"invalid_params"_s
            << u"email"_s;
        QTest::newRow("login: password is null")
            << QString(methods::authLogin)
            << QJsonObject{{u"email"_s, kCustomerEmail}, {u"password"_s, QJsonValue::Null}} << u"invalid_credentials"_s
            << QString();
    }

    // Logged in as a customer (so the dispatcher lets the request through to
    // its handler): wrong types and ranges are invalid_params naming the
    // field, broken domain rules validation_failed; nothing is stored.
    void paramErrors()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(QString, code);
        QFETCH(QString, field);
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        QVERIFY(raw.hello());
        const auto resumed = raw.request(methods::authResume, {{u"token"_s, m_customerToken}});
        VERIFY_RESPONSE(resumed, QJsonValue(1), QString(), QString());
        const qsizetype ticketsBefore = customerTicketCount(raw);

        const qint64 id = raw.takeId();
        raw.sendFrame(makeRequest(id, method, params));
        const auto answer = raw.responseTo(id);
        VERIFY_RESPONSE(answer, QJsonValue(id), code, field);
        if (!code.isEmpty())
            QCOMPARE(customerTicketCount(raw), ticketsBefore);
        const auto pong = raw.request(methods::ping);
        QVERIFY2(pong && errorCode(*pong).isEmpty(), qPrintable(dump(pong)));
    }

    void oversizedFrame_data()
    {
        QTest::addColumn<bool>("helloFirst");
        QTest::addColumn<quint32>("announced");
        QTest::newRow("1 MiB + 1 after hello") << true << quint32(kMaxFrameBytes + 1);
        QTest::newRow("4 GiB after hello") << true << 0xffffffffu;
        QTest::newRow("1 MiB + 1 before hello") << false << quint32(kMaxFrameBytes + 1);
    }

    // Refused at the header: only the 4 header bytes are ever sent, so the
    // goodbye proves the server did not wait for the payload.
    void oversizedFrame()
    {
        QFETCH(bool, helloFirst);
        QFETCH(quint32, announced);
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        if (helloFirst)
            QVERIFY(raw.hello());
        raw.sendRaw(RawConnection::header(announced));
        VERIFY_GOODBYE_AND_CLOSE(raw, u"frame_too_large"_s);
    }

    // The cap itself is allowed: a ping padded to exactly 1 MiB is answered.
    void frameOfExactlyTheCap()
    {
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        QVERIFY(raw.hello());
        const QByteArray skeleton = "{\"kind\":\"request\",\"id\":77,\"method\":\"ping\",\"pad\":\"\"}";
        const QByteArray payload = "{\"kind\":\"request\",\"id\":77,\"method\":\"ping\",\"pad\":\""
                                   + QByteArray(kMaxFrameBytes - skeleton.size(), 'x') + "\"}";
        QCOMPARE(payload.size(), kMaxFrameBytes);
        raw.sendPayload(payload);
        const auto answer = raw.next(10000);
        VERIFY_RESPONSE(answer, QJsonValue(77), QString(), QString());
    }

    void zeroLengthFrame_data()
    {
        QTest::addColumn<bool>("helloFirst");
        QTest::newRow("after hello") << true;
        QTest::newRow("before hello") << false;
    }

    // An empty frame cannot be answered in-stream: goodbye, then a clean close.
    void zeroLengthFrame()
    {
        QFETCH(bool, helloFirst);
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        if (helloFirst)
            QVERIFY(raw.hello());
        raw.sendRaw(RawConnection::header(0));
        VERIFY_GOODBYE_AND_CLOSE(raw, u"malformed_frame"_s);
    }

    void disconnectMidFrame_data()
    {
        QTest::addColumn<bool>("helloFirst");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray ping = encodeFrame(makeRequest(1, methods::ping, {}));
        QTest::newRow("half a header") << true << ping.left(2);
        QTest::newRow("header, part of the payload") << true << ping.left(ping.size() / 2);
        QTest::newRow("all but the last byte") << true << ping.chopped(1);
        QTest::newRow("big frame, 64 KiB of it")
            << true << RawConnection::header(512 * 1024) + QByteArray(64 * 1024, '{');
        QTest::newRow("half a hello") << false << encodeFrame(makeHello(u"x"_s)).left(9);
    }

    // The peer vanishes mid-frame; the server drops what it had and carries on.
    void disconnectMidFrame()
    {
        QFETCH(bool, helloFirst);
        QFETCH(QByteArray, bytes);
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        if (helloFirst)
            QVERIFY(raw.hello());
        raw.sendRaw(bytes);
        // While this peer sits mid-frame, others are served.
        QCOMPARE(serveProblem(m_server.endpoint()), QString());
        raw.abort();
    }

    // A flood of pipelined requests on one connection: each is answered
    // exactly once, by its id — done, or refused as rate_limited once too
    // many are in flight — and the connection goes on.
    void floodOfPipelinedRequests()
    {
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        QVERIFY(raw.hello());
        QByteArray burst;
        QSet<qint64> pending;
        for (int i = 0; i < 150; ++i) {
            const qint64 id = raw.takeId();
            // A store read each, and never throttled: a resume with a made-up token.
            burst += encodeFrame(makeRequest(id, methods::authResume, {{u"token"_s, u"made-up-%1"_s.arg(i)}}));
            pending.insert(id);
        }
        raw.sendRaw(burst);
        QMap<QString, int> codes;
        while (!pending.isEmpty()) {
            const auto answer = raw.next(10000);
            QVERIFY2(answer && answer->value(fields::kind).toString() == kinds::response, qPrintable(dump(answer)));
            const qint64 id = answer->value(fields::id).toInteger();
            QVERIFY2(pending.remove(id), qPrintable(u"unexpected or repeated response: "_s + dump(answer)));
            ++codes[errorCode(*answer)];
        }
        codes.remove(u"session_expired"_s);
        codes.remove(u"rate_limited"_s);
        QVERIFY2(codes.isEmpty(), qPrintable(u"unexpected answers: "_s + QStringList(codes.keys()).join(u", "_s)));
        const auto pong = raw.request(methods::ping);
        QVERIFY2(pong && errorCode(*pong).isEmpty(), qPrintable(dump(pong)));
    }

    void disconnectWithRequestInFlight_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<bool>("asCustomer");
        QTest::newRow("registration being hashed")
            << QString(methods::authRegister)
            << registration(u"Inflight"_s, u"Person"_s, u"inflight@example.com"_s, u"inflight password"_s,
                            u"inflight password"_s)
            << false;
        QTest::newRow("ticket being written")
            << QString(methods::ticketCreate)
            << QJsonObject{{u"subject"_s, u"Left before the answer"_s}, {u"description"_s, u"Gone."_s}} << true;
        QTest::newRow("subscription being replayed")
            << QString(methods::eventsSubscribe) << QJsonObject{{u"since"_s, 0}} << true;
    }

    // The client leaves while its request is being worked on: the work
    // completes (an acknowledged-or-not write is still all or nothing), there
    // is nobody to answer, and the server carries on.
    void disconnectWithRequestInFlight()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(bool, asCustomer);
        {
            RawConnection raw;
            QVERIFY(raw.open(m_server.port()));
            QVERIFY(raw.hello());
            if (asCustomer) {
                const auto resumed = raw.request(methods::authResume, {{u"token"_s, m_customerToken}});
                VERIFY_RESPONSE(resumed, QJsonValue(1), QString(), QString());
            }
            raw.sendFrame(makeRequest(raw.takeId(), method, params));
            raw.abort();
        }
        TestClient client;
        QVERIFY(client.connectTo(m_server.endpoint()));
        if (method == methods::authRegister) {
            // Stored in the end: registering the address again is refused.
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             const Reply again = client.call(methods::authRegister, params);
                             return !again.ok() && again.error->code == ErrorCode::EmailTaken;
                         },
                         10000),
                     "the registration sent just before leaving was never stored");
        } else if (method == methods::ticketCreate) {
            QVERIFY(client.call(methods::authResume, {{u"token"_s, m_customerToken}}).ok());
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             const Reply list = client.call(methods::ticketList, {{u"limit"_s, 200}});
                             for (const auto &ticket : list.result[u"tickets"_s].toArray()) {
                                 if (ticket[u"subject"_s] == params[u"subject"_s])
                                     return true;
                             }
                             return false;
                         },
                         10000),
                     "the ticket sent just before leaving was never stored");
        }
    }

    // --max-connections 2: a third peer is dropped at once (no session, no
    // hang); the two already in are unaffected, and a freed slot is reused.
    void connectionLimit()
    {
        ServerProcess limited{{u"--plain"_s, u"--max-connections"_s, u"2"_s}};
        QVERIFY(limited.start());
        RawConnection first;
        RawConnection second;
        QVERIFY(first.open(limited.port()) && first.hello());
        QVERIFY(second.open(limited.port()) && second.hello());

        RawConnection third;
        QVERIFY(third.open(limited.port())); // the kernel accepts; the server then drops it
        third.sendFrame(makeHello(u"one too many"_s));
        QVERIFY2(third.waitForClosed(), "a connection beyond the limit was kept");
        const auto anything = third.next(0);
        QVERIFY2(!anything || anything->value(fields::kind).toString() != kinds::welcome,
                 qPrintable(u"welcomed beyond the limit: "_s + dump(anything)));

        for (RawConnection *in : {&first, &second}) {
            const auto pong = in->request(methods::ping);
            QVERIFY2(pong && errorCode(*pong).isEmpty(), qPrintable(dump(pong)));
        }
        first.abort();
        QVERIFY2(QTest::qWaitFor([&] { return serveProblem(limited.endpoint()).isEmpty(); }, 5000),
                 qPrintable(u"the freed slot was not reused: "_s + serveProblem(limited.endpoint())));
    }

    void idleTimeout_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("silent after hello") << QByteArray();
        QTest::newRow("stalls mid-frame after hello") << encodeFrame(makeRequest(1, methods::ping, {})).left(12);
    }

    // --idle-timeout-ms 300: a peer that sends no complete frame for that
    // long is closed, whether it is silent or stuck inside a frame.
    void idleTimeout()
    {
        QFETCH(QByteArray, bytes);
        if (!m_idleServer) {
            m_idleServer = std::make_unique<ServerProcess>(QStringList{u"--plain"_s, u"--idle-timeout-ms"_s, u"300"_s});
            QVERIFY(m_idleServer->start());
        }
        RawConnection raw;
        QVERIFY(raw.open(m_idleServer->port()));
        QVERIFY(raw.hello());
        if (!bytes.isEmpty())
            raw.sendRaw(bytes);
        QVERIFY2(raw.waitForClosed(5000), "an idle peer was kept open");
        const QString problem = serveProblem(m_idleServer->endpoint());
        QVERIFY2(problem.isEmpty(), qPrintable(u"idle-timeout server: "_s + problem));
    }

    void helloTimeout_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("silent client") << QByteArray();
        QTest::newRow("stalls inside the hello frame") << encodeFrame(makeHello(u"slow"_s)).left(10);
    }

    // --hello-timeout-ms 500: a peer that does not finish its hello is told
    // why and closed.
    void helloTimeout()
    {
        QFETCH(QByteArray, bytes);
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        if (!bytes.isEmpty())
            raw.sendRaw(bytes);
        const auto goodbye = raw.next(5000);
        QVERIFY2(goodbye && goodbye->value(fields::kind).toString() == kinds::goodbye, qPrintable(dump(goodbye)));
        QCOMPARE(errorCode(*goodbye), u"hello_required"_s);
        QVERIFY(raw.waitForClosed());
    }

    void somethingBeforeHello_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("a request") << QJsonDocument(makeRequest(1, methods::ping, {})).toJson();
        QTest::newRow("a login") << QJsonDocument(
                                        makeRequest(1, methods::authLogin,
                                                    {{u"email"_s, kCustomerEmail}, {u"password"_s, kCustomerPassword}}))
                                        .toJson();
        QTest::newRow("an unknown kind") << QByteArray("{\"kind\":\"shout\"}");
        QTest::newRow("no kind") << QByteArray("{\"protocol\":1}");
        QTest::newRow("malformed json") << QByteArray("{nope");
        QTest::newRow("a json array") << QByteArray("[]");
    }

    void somethingBeforeHello()
    {
        QFETCH(QByteArray, payload);
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        raw.sendPayload(payload);
        VERIFY_GOODBYE_AND_CLOSE(raw, u"hello_required"_s);
    }

    void unsupportedHello_data()
    {
        QTest::addColumn<QJsonValue>("protocol");
        QTest::newRow("protocol 0") << QJsonValue(0);
        QTest::newRow("protocol -1") << QJsonValue(-1);
        QTest::newRow("protocol \"abc\"") << QJsonValue(u"abc"_s);
        QTest::newRow("protocol \"1\" as a string") << QJsonValue(u"1"_s);
        QTest::newRow("protocol 1.5") << QJsonValue(1.5);
        QTest::newRow("protocol null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("protocol missing") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("protocol is an object") << QJsonValue(QJsonObject{{u"major"_s, 1}});
    }

    void unsupportedHello()
    {
        QFETCH(QJsonValue, protocol);
        QJsonObject hello = makeHello(u"old-client/0.0"_s);
        if (protocol.isUndefined())
            hello.remove(fields::protocol);
        else
            hello.insert(fields::protocol, protocol);
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        raw.sendFrame(hello);
        VERIFY_GOODBYE_AND_CLOSE(raw, u"unsupported_version"_s);
    }

    // A newer client is served at our version and learns it from the welcome.
    void newerClientIsServed()
    {
        QJsonObject hello = makeHello(u"future-client/9.0"_s);
        hello.insert(fields::protocol, kProtocolVersion + 5);
        RawConnection raw;
        QVERIFY(raw.open(m_server.port()));
        raw.sendFrame(hello);
        const auto welcome = raw.next();
        QVERIFY2(welcome && welcome->value(fields::kind).toString() == kinds::welcome, qPrintable(dump(welcome)));
        QCOMPARE(welcome->value(fields::protocol).toInt(), kProtocolVersion);
        QCOMPARE(welcome->value(fields::maxFrameBytes).toInteger(), kMaxFrameBytes);
        const auto pong = raw.request(methods::ping);
        VERIFY_RESPONSE(pong, QJsonValue(1), QString(), QString());
    }

    void requestBeforeLogin_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::newRow("ticket.create") << QString(methods::ticketCreate)
                                       << QJsonObject{{u"subject"_s, u"Hi"_s}, {u"description"_s, u"There"_s}};
        QTest::newRow("ticket.list") << QString(methods::ticketList) << QJsonObject{};
        QTest::newRow("events.subscribe") << QString(methods::eventsSubscribe) << QJsonObject{{u"since"_s, 0}};
        QTest::newRow("auth.logout") << QString(methods::authLogout) << QJsonObject{};
        // Access is checked before parameters are even read.
        QTest::newRow("ticket.list with bad params") << QString(methods::ticketList) << QJsonObject{{u"limit"_s, -5}};
    }

    void requestBeforeLogin()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        TestClient client;
        QVERIFY(client.connectTo(m_server.endpoint()));
        const Reply reply = client.call(method, params);
        QVERIFY2(!reply.ok() && reply.error->code == ErrorCode::NotAuthenticated, qPrintable(dump(reply)));
    }

    void roleNotAllowed_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::newRow("admin raises a ticket")
            << kAdminEmail << kAdminPassword << QString(methods::ticketCreate)
            << QJsonObject{{u"subject"_s, u"Admin ticket"_s}, {u"description"_s, u"Should not exist."_s}};
    }

    void roleNotAllowed()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        TestClient client;
        QVERIFY(client.connectTo(m_server.endpoint()));
        const Reply login = client.login(email, password);
        QVERIFY2(login.ok(), qPrintable(dump(login)));
        const Reply before = client.call(methods::ticketList, {{u"limit"_s, 200}});
        QVERIFY2(before.ok(), qPrintable(dump(before)));
        const Reply reply = client.call(method, params);
        QVERIFY2(!reply.ok() && reply.error->code == ErrorCode::Forbidden, qPrintable(dump(reply)));
        const Reply after = client.call(methods::ticketList, {{u"limit"_s, 200}});
        QCOMPARE(after.result[u"tickets"_s].toArray().size(), before.result[u"tickets"_s].toArray().size());
    }

    void registrationRules_data()
    {
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const auto valid = [](const QString &email) {
            return registration(u"Robin"_s, u"Rule"_s, email, u"a fine password"_s, u"a fine password"_s);
        };
        QTest::newRow("valid (control row)") << valid(u"ok.control@example.com"_s) << QString() << QString();
        QTest::newRow("first name of 2") << with(valid(u"r1@example.com"_s), u"firstName"_s, u"Ro"_s)
                                         << u"validation_failed"_s << u"firstName"_s;
        QTest::newRow("first name padded to 3")
            << with(valid(u"r2@example.com"_s), u"firstName"_s, u" Ro "_s) << u"validation_failed"_s << u"firstName"_s;
        QTest::newRow("first name of 101") << with(valid(u"r3@example.com"_s), u"firstName"_s, QString(101, u'r'))
                                           << u"validation_failed"_s << u"firstName"_s;
        QTest::newRow("first name with a control character")
            << with(valid(u"r4@example.com"_s), u"firstName"_s, u"Rob\u0000in"_s) << u"validation_failed"_s
            << u"firstName"_s;
        QTest::newRow("last name blank") << with(valid(u"r5@example.com"_s), u"lastName"_s, u"  "_s)
                                         << u"validation_failed"_s << u"lastName"_s;
        QTest::newRow("last name of 101") << with(valid(u"r6@example.com"_s), u"lastName"_s, QString(101, u'l'))
                                          << u"validation_failed"_s << u"lastName"_s;
        QTest::newRow("email without domain dot") << valid(u"r7@example"_s) << u"validation_failed"_s << u"email"_s;
        QTest::newRow("email with a space") << valid(u"r 8@example.com"_s) << u"validation_failed"_s << u"email"_s;
        QTest::newRow("password of 7") << with(with(valid(u"r9@example.com"_s), u"password"_s, u"1234567"_s),
                                               u"passwordConfirmation"_s, u"1234567"_s)
                                       << u"validation_failed"_s << u"password"_s;
        QTest::newRow("confirmation differs")
            << with(valid(u"r10@example.com"_s), u"passwordConfirmation"_s, u"a fine passw0rd"_s)
            << u"validation_failed"_s << u"passwordConfirmation"_s;
        QTest::newRow("last name missing")
            << without(valid(u"r11@example.com"_s), u"lastName"_s) << u"invalid_params"_s << u"lastName"_s;
        QTest::newRow("password is a number")
            << with(valid(u"r12@example.com"_s), u"password"_s, 12345678) << u"invalid_params"_s << u"password"_s;
        QTest::newRow("email is an array")
            << with(valid(u"r13@example.com"_s), u"email"_s, QJsonArray{}) << u"invalid_params"_s << u"email"_s;
        QTest::newRow("everything wrong: first field first")
            << registration(u"R"_s, QString(), u"nope"_s, u"short"_s, u"other"_s) << u"validation_failed"_s
            << u"firstName"_s;
    }

    // The server enforces every rule whatever the client checked, names the
    // field, and stores nothing: logging in with that email fails.
    void registrationRules()
    {
        QFETCH(QJsonObject, params);
        QFETCH(QString, code);
        QFETCH(QString, field);
        TestClient client;
        QVERIFY(client.connectTo(m_server.endpoint()));
        const Reply reply = client.call(methods::authRegister, params);
        if (code.isEmpty()) {
            QVERIFY2(reply.ok(), qPrintable(dump(reply)));
        } else {
            QVERIFY2(!reply.ok(), qPrintable(dump(reply)));
            QCOMPARE(errorCodeName(reply.error->code), code);
            QCOMPARE(reply.error->field, field);
            QVERIFY(!reply.error->message.isEmpty());
            if (reply.error->code == ErrorCode::ValidationFailed) {
                QStringList detailFields;
                for (const auto &detail : reply.error->details)
                    detailFields << detail[u"field"_s].toString();
                QVERIFY2(detailFields.contains(field), qPrintable(dump(reply)));
            }
        }

        const QJsonValue email = params.value(u"email"_s);
        const QJsonValue password = params.value(u"password"_s);
        if (!email.isString() || !password.isString())
            return; // nothing to log in with
        const Reply login = client.login(email.toString(), password.toString());
        if (code.isEmpty()) {
            QVERIFY2(login.ok(), qPrintable(dump(login)));
        } else {
            QVERIFY2(!login.ok() && login.error->code == ErrorCode::InvalidCredentials,
                     qPrintable(u"the rejected registration was stored: "_s + dump(login)));
        }
    }

    void duplicateEmail_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("same spelling") << u"dup1@example.com"_s << u"dup1@example.com"_s;
        QTest::newRow("different case") << u"Dup2@Example.com"_s << u"dUP2@example.COM"_s;
        QTest::newRow("padded with spaces") << u"dup3@example.com"_s << u"  dup3@example.com "_s;
    }

    void duplicateEmail()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        TestClient client;
        QVERIFY(client.connectTo(m_server.endpoint()));
        const Reply original = client.registerCustomer(u"Dana"_s, u"Dup"_s, first, u"first password"_s);
        QVERIFY2(original.ok(), qPrintable(dump(original)));
        const Reply again = client.registerCustomer(u"Other"_s, u"Person"_s, second, u"second password"_s);
        QVERIFY2(!again.ok() && again.error->code == ErrorCode::EmailTaken, qPrintable(dump(again)));
        QCOMPARE(again.error->field, u"email"_s);
        // The first account is untouched: its password still works, the second's does not.
        QVERIFY2(client.login(first, u"first password"_s).ok(), "the original account no longer logs in");
        const Reply intruder = client.login(first, u"second password"_s);
        QVERIFY2(!intruder.ok() && intruder.error->code == ErrorCode::InvalidCredentials, qPrintable(dump(intruder)));
    }

    void invalidCredentials_data()
    {
        // %1: a number unique to the row. Each row uses its own accounts,
        // since failed logins are throttled per account after a few tries.
        QTest::addColumn<bool>("registered"); // the row's account exists, with kRowPassword
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << true << u"cred%1@example.com"_s << u"not the password"_s;
        QTest::newRow("password in other case") << true << u"cred%1@example.com"_s << kRowPassword.toUpper();
        QTest::newRow("password with trailing space") << true << u"cred%1@example.com"_s << kRowPassword + u' ';
        QTest::newRow("empty password") << true << u"cred%1@example.com"_s << QString();
        QTest::newRow("right password, email in other case") << true << u"CRED%1@example.com"_s << u"wrong!!!"_s;
        QTest::newRow("unknown email") << false << u"nobody%1@example.com"_s << kRowPassword;
        QTest::newRow("not an email") << false << u"nobody%1"_s << kRowPassword;
        QTest::newRow("empty email") << false << QString() << QString();
    }

    // Wrong password and unknown email are indistinguishable on the wire.
    void invalidCredentials()
    {
        QFETCH(bool, registered);
        QFETCH(QString, email);
        QFETCH(QString, password);
        const int row = ++m_rows;
        if (email.contains(u"%1"_s))
            email = email.arg(row);
        TestClient client;
        QVERIFY(client.connectTo(m_server.endpoint()));
        if (registered) {
            const Reply account = client.registerCustomer(u"Cred"_s, u"Row"_s, email.toLower(), kRowPassword);
            QVERIFY2(account.ok(), qPrintable(dump(account)));
        }
        const Reply reply = client.login(email, password);
        QVERIFY2(!reply.ok(), qPrintable(dump(reply)));
        const Reply reference = client.login(u"reference%1@example.com"_s.arg(row), u"some password"_s);
        QVERIFY2(!reference.ok(), qPrintable(dump(reference)));
        QCOMPARE(errorCodeName(reply.error->code), u"invalid_credentials"_s);
        QCOMPARE(reply.error->toJson(), reference.error->toJson());
        // Still not logged in.
        const Reply list = client.call(methods::ticketList);
        QVERIFY2(!list.ok() && list.error->code == ErrorCode::NotAuthenticated, qPrintable(dump(list)));
        if (registered) // positive control: the account itself works
            QVERIFY2(client.login(email, kRowPassword).ok(), "the row's account does not log in with its password");
    }

    void tlsPortRefusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("an HTTP request") << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTest::newRow("a plain CCR hello") << encodeFrame(makeHello(u"plain-client"_s));
        QTest::newRow("random bytes") << QByteArray::fromHex("16030100ff0000000000deadbeef") + QByteArray(300, '\x17');
        QTest::newRow("silence") << QByteArray();
    }

    // The TLS listener drops a peer that does not speak TLS (or says nothing
    // until the handshake timeout), and keeps serving real clients.
    void tlsPortRefusesGarbage()
    {
        QFETCH(QByteArray, bytes);
        if (!m_tlsServer) {
            m_tlsServer = std::make_unique<ServerProcess>(QStringList{u"--hello-timeout-ms"_s, u"500"_s});
            QVERIFY(m_tlsServer->start());
        }
        QVERIFY(m_tlsServer->tls());
        RawConnection raw;
        QVERIFY(raw.open(m_tlsServer->port()));
        if (!bytes.isEmpty())
            raw.sendRaw(bytes);
        QVERIFY2(raw.waitForClosed(5000), "the TLS port kept a peer that does not speak TLS");
        const auto anything = raw.next(0);
        QVERIFY2(!anything, qPrintable(u"the TLS port answered in plain CCR: "_s + dump(anything)));
        const QString problem = serveProblem(m_tlsServer->endpoint());
        QVERIFY2(problem.isEmpty(), qPrintable(u"TLS server: "_s + problem));
    }

private:
    static qsizetype customerTicketCount(RawConnection &raw)
    {
        const auto list = raw.request(methods::ticketList, {{u"limit"_s, 200}});
        if (!list || !errorCode(*list).isEmpty())
            return -1;
        return list->value(fields::result)[u"tickets"_s].toArray().size();
    }

    ServerProcess m_server{{u"--plain"_s, u"--hello-timeout-ms"_s, u"500"_s}};
    std::unique_ptr<ServerProcess> m_tlsServer;
    std::unique_ptr<ServerProcess> m_idleServer;
    QString m_customerToken;
    int m_rows = 0;
};

QTEST_GUILESS_MAIN(BadInputTest)
#include "tst_bad_input.moc"

// A bounded, deterministic fuzz of the frame decoder and request dispatch of
// a real ccr-server: valid requests from every method, mutated (wrong types,
// missing keys, random methods and kinds, flipped and truncated bytes, deep
// nesting, huge strings under the cap, broken headers), sent in batches over
// a series of connections. The same seed sends the same frames every run.
//
// Invariants checked on every batch:
//  - every frame with an intact header is answered by exactly one response,
//    and the connection stays open;
//  - every message is a response, an event or (only after a broken header)
//    a goodbye; a response has exactly one of result/error; every error code
//    is one the protocol defines, never internal_error or a client-only code;
//  - afterwards the server still serves a fresh client.
#include "RawConnection.h"

#include <ServerProcess.h>
#include <TestClient.h>

#include <protocol/Envelope.h>
#include <protocol/Fields.h>
#include <protocol/Messages.h>
#include <protocol/ProtocolVersion.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {

// Fixed so every run sends the same frames; CCR_FUZZ_SEED and CCR_FUZZ_FRAMES
// explore further by hand (a failure names the seed it ran with).
constexpr quint32 kSeed = 0xCC2F0001;
constexpr int kFrames = 2000;

quint32 seed()
{
    bool ok = false;
    const quint32 fromEnvironment = qEnvironmentVariable("CCR_FUZZ_SEED").toUInt(&ok, 0);
    return ok ? fromEnvironment : kSeed;
}

int frameCount()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("CCR_FUZZ_FRAMES", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : kFrames;
}
const QString kEmail = u"fuzzy@example.com"_s;
const QString kOtherEmail = u"someone.else@example.com"_s; // fuzzed logins aim here: kEmail's sessions stay usable
constexpr int kSessions = 8; // tokens made before the fuzz; a fuzzed auth.logout revokes one
const QString kPassword = u"fuzzy's long password"_s;

// What one fuzzed frame is, so a failure can say what provoked it.
struct Frame
{
    enum class Breaks
    {
        Nothing,
        Closes,
        Desyncs
    }; // what it does to the stream
    QString mutation;
    QByteArray bytes;
    Breaks breaks = Breaks::Nothing;
};

class Fuzzer
{
public:
    explicit Fuzzer(quint32 seed)
        : m_rng(seed)
    {
    }

    void setToken(const QString &token) { m_token = token; }

    Frame next(qint64 id)
    {
        const int roll = bounded(1000);
        if (roll < 8)
            return oversizedHeader();
        if (roll < 12)
            return {u"zero-length header"_s, RawConnection::header(0), Frame::Breaks::Closes};
        if (roll < 20)
            return lyingHeader(id);
        if (roll < 30)
            return frame(u"random payload bytes"_s, randomBytes(1 + bounded(200)));
        if (roll < 50)
            return deepNesting(id);
        if (roll < 70)
            return hugeString(id);

        QJsonObject request = validRequest(id);
        const int mutation = bounded(10);
        QString name;
        switch (mutation) {
        case 0: name = u"valid "_s + request[fields::method].toString(); break;
        case 1: name = wrongEnvelopeType(request); break;
        case 2: name = wrongParamType(request); break;
        case 3: name = removeKey(request); break;
        case 4: name = randomMethod(request); break;
        case 5: name = randomKind(request); break;
        case 6: name = extraParams(request); break;
        default: break;
        }
        QByteArray payload = QJsonDocument(request).toJson(QJsonDocument::Compact);
        if (mutation == 7) {
            const int flips = 1 + bounded(8);
            for (int i = 0; i < flips; ++i)
                payload[bounded(int(payload.size()))] = char(bounded(256));
            return frame(u"%1 bytes flipped in "_s.arg(flips) + request[fields::method].toString(), payload);
        }
        if (mutation == 8) {
            payload.truncate(bounded(int(payload.size())));
            return frame(u"truncated to %1 bytes: "_s.arg(payload.size()) + request[fields::method].toString(),
                         payload);
        }
        if (mutation == 9) {
            payload.insert(bounded(int(payload.size()) + 1), randomBytes(1 + bounded(16)));
            return frame(u"bytes inserted in "_s + request[fields::method].toString(), payload);
        }
        return frame(name, payload);
    }

    int bounded(int n) { return int(m_rng.bounded(quint32(n))); }

private:
    static QByteArray framed(const QByteArray &payload)
    {
        return RawConnection::header(quint32(payload.size())) + payload;
    }

    // A payload behind an honest header; an empty one is a zero-length
    // frame, which ends the connection.
    static Frame frame(const QString &mutation, const QByteArray &payload)
    {
        return {mutation, framed(payload), payload.isEmpty() ? Frame::Breaks::Closes : Frame::Breaks::Nothing};
    }

    QByteArray randomBytes(int n)
    {
        QByteArray bytes(n, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(bounded(256));
        return bytes;
    }

    QString randomString(int maxLength)
    {
        static const QList<QStringView> pieces = {u"a",      u"Z",      u"0",     u" ",      u".",      u"@",
                                                  u"\"",     u"\\",     u"/",     u"é",      u"日",     u"🎫",
                                                  u"\u0000", u"\u0007", u"\n",    u"\u202E", u"\u200D", u"\uFFFF",
                                                  u"ticket", u"ping",   u"auth.", u"%s",     u"'--"};
        QString text;
        const int length = bounded(maxLength + 1);
        while (text.size() < length)
            text += pieces[bounded(int(pieces.size()))];
        if (bounded(20) == 0)
            text += QChar(0xD800 + bounded(0x800)); // a lone surrogate
        return text;
    }

    QJsonValue randomValue(int depth = 0)
    {
        switch (bounded(depth > 2 ? 7 : 9)) {
        case 0: return QJsonValue::Null;
        case 1: return bounded(2) == 1;
        case 2: return double(m_rng.generate64() >> bounded(64)) * (bounded(2) ? 1 : -1);
        case 3: {
            static const QList<double> specials = {0.5, -0.0, 1e300, -1e300, 4294967296.0, 9007199254740993.0,
                                                   2.5, -5,   1e9,   200,    201,          0};
            return specials[bounded(int(specials.size()))];
        }
        case 4: return bounded(1000) - 500;
        case 5:
        case 6: return randomString(40);
        case 7: {
            QJsonArray array;
            for (int i = bounded(4); i > 0; --i)
                array.append(randomValue(depth + 1));
            return array;
        }
        default: {
            QJsonObject object;
            for (int i = bounded(4); i > 0; --i)
                object.insert(randomString(8), randomValue(depth + 1));
            return object;
        }
        }
    }

    QJsonObject validRequest(qint64 id)
    {
        QString method;
        QJsonObject params;
        const int pick = bounded(100);
        if (pick < 20) {
            method = methods::ping;
        } else if (pick < 40) {
            method = methods::ticketList;
            params = {{u"limit"_s, 1 + bounded(200)}};
            if (bounded(2))
                params.insert(u"beforeId"_s, bounded(500));
        } else if (pick < 62) {
            method = methods::ticketCreate;
            params = {{u"subject"_s, u"Fuzz "_s + randomString(30)},
                      {u"description"_s, u"Text "_s + randomString(200)}};
        } else if (pick < 74) {
            method = methods::eventsSubscribe;
            params = {{u"since"_s, bounded(300)}};
        } else if (pick < 90) {
            method = methods::authResume;
            params = {{u"token"_s, bounded(4) ? m_token : randomString(60)}};
        } else if (pick < 95) {
            // Login costs a real Argon2id verification: kept rare.
            method = methods::authLogin;
            params = {{u"email"_s, bounded(2) ? kOtherEmail : randomString(30)}, {u"password"_s, randomString(20)}};
        } else if (pick < 99 || bounded(5) > 0) {
            method = methods::authRegister;
            const QString password = randomString(20) + u"12345678"_s;
            params = {{u"firstName"_s, randomString(12)},
                      {u"lastName"_s, randomString(12)},
                      {u"email"_s, bounded(2) ? u"f%1@example.com"_s.arg(m_rng.generate()) : randomString(30)},
                      {u"password"_s, password},
                      {u"passwordConfirmation"_s, bounded(4) ? password : randomString(20)}};
        } else {
            method = methods::authLogout; // 1 in 500: it revokes the connection's session token
        }
        return makeRequest(id, method, params);
    }

    QString wrongEnvelopeType(QJsonObject &request)
    {
        static const QStringList keys{fields::kind, fields::id, fields::method, fields::params};
        const QString key = keys[bounded(int(keys.size()))];
        request.insert(key, randomValue());
        return u"envelope '%1' replaced"_s.arg(key);
    }

    QString wrongParamType(QJsonObject &request)
    {
        QJsonObject params = request[fields::params].toObject();
        const QStringList keys = params.keys();
        const QString key = keys.isEmpty() || bounded(4) == 0 ? randomString(10) : keys[bounded(int(keys.size()))];
        params.insert(key, randomValue());
        request.insert(fields::params, params);
        return u"param '%1' of %2 replaced"_s.arg(key, request[fields::method].toString());
    }

    QString removeKey(QJsonObject &request)
    {
        if (bounded(2)) {
            QJsonObject params = request[fields::params].toObject();
            const QStringList keys = params.keys();
            if (!keys.isEmpty()) {
                const QString key = keys[bounded(int(keys.size()))];
                params.remove(key);
                request.insert(fields::params, params);
                return u"param '%1' of %2 removed"_s.arg(key, request[fields::method].toString());
            }
        }
        const QStringList keys = request.keys();
        const QString key = keys[bounded(int(keys.size()))];
        request.remove(key);
        return u"envelope '%1' removed"_s.arg(key);
    }

    QString randomMethod(QJsonObject &request)
    {
        static const QStringList near{u"ping "_s,
                                      u"PING"_s,
                                      u"ticket"_s,
                                      u"ticket."_s,
                                      u"ticket.list.all"_s,
                                      u"auth"_s,
                                      u"events.subscribe\n"_s,
                                      u"admin.shutdown"_s,
                                      u""_s};
        const QString method = bounded(2) ? near[bounded(int(near.size()))] : randomString(20);
        request.insert(fields::method, method);
        return u"method '%1'"_s.arg(method);
    }

    QString randomKind(QJsonObject &request)
    {
        static const QStringList kinds{u"hello"_s,   u"welcome"_s, u"response"_s, u"event"_s,
                                       u"goodbye"_s, u"Request"_s, u""_s};
        const QString kind = bounded(2) ? kinds[bounded(int(kinds.size()))] : randomString(10);
        request.insert(fields::kind, kind);
        return u"kind '%1'"_s.arg(kind);
    }

    QString extraParams(QJsonObject &request)
    {
        QJsonObject params = request[fields::params].toObject();
        for (int i = 1 + bounded(5); i > 0; --i)
            params.insert(randomString(10), randomValue());
        request.insert(fields::params, params);
        return u"extra params on "_s + request[fields::method].toString();
    }

    Frame oversizedHeader()
    {
        const quint32 announced =
            quint32(kMaxFrameBytes) + 1 + m_rng.bounded(0xffffffffu - quint32(kMaxFrameBytes) - 1);
        return {u"oversized header %1"_s.arg(announced), RawConnection::header(announced) + randomBytes(bounded(64)),
                Frame::Breaks::Closes};
    }

    Frame lyingHeader(qint64 id)
    {
        const QByteArray payload = QJsonDocument(makeRequest(id, methods::ping, {})).toJson(QJsonDocument::Compact);
        const qsizetype lie = bounded(2) ? payload.size() + 1 + bounded(1000) : bounded(int(payload.size()));
        return {u"header says %1 for %2 bytes"_s.arg(lie).arg(payload.size()),
                RawConnection::header(quint32(lie)) + payload, Frame::Breaks::Desyncs};
    }

    Frame deepNesting(qint64 id)
    {
        const int depth = 1 + bounded(3000);
        const bool arrays = bounded(2);
        QByteArray nested = arrays ? QByteArray(depth, '[') + QByteArray(depth, ']') : QByteArray();
        if (!arrays) {
            for (int i = 0; i < depth; ++i)
                nested += "{\"a\":";
            nested += "1" + QByteArray(depth, '}');
        }
        const QByteArray payload = "{\"kind\":\"request\",\"id\":" + QByteArray::number(id)
                                   + ",\"method\":\"ticket.list\",\"params\":{\"limit\":" + nested + "}}";
        return frame(u"nested %1 deep (%2)"_s.arg(depth).arg(arrays ? u"arrays"_s : u"objects"_s), payload);
    }

    Frame hugeString(qint64 id)
    {
        // Under the cap with room for the envelope.
        const int size = 1000 + bounded(int(kMaxFrameBytes) - 10000);
        const QString huge(size, QChar(u'a' + bounded(26)));
        QJsonObject request = validRequest(id);
        static const QStringList targets{u"subject"_s,  u"description"_s, u"token"_s, u"email"_s,
                                         u"password"_s, u"method"_s,      u"id"_s,    u"kind"_s};
        const QString target = targets[bounded(int(targets.size()))];
        if (target == u"method" || target == u"id" || target == u"kind") {
            request.insert(target, huge);
        } else {
            QJsonObject params = request[fields::params].toObject();
            params.insert(target, huge);
            request.insert(fields::params, params);
        }
        const QByteArray payload = QJsonDocument(request).toJson(QJsonDocument::Compact);
        return frame(u"%1 KB string in '%2' of %3"_s.arg(size / 1024).arg(target, request[fields::method].toString()),
                     payload);
    }

    QRandomGenerator m_rng;
    QString m_token;
};

bool isKnownCode(const QString &name)
{
    return errorCodeName(errorCodeFromName(name)) == name;
}

} // namespace

class FuzzDispatchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        TestClient client;
        QVERIFY(client.connectTo(m_server.endpoint()));
        const Reply registered = client.registerCustomer(u"Fuzzy"_s, u"Tester"_s, kEmail, kPassword);
        QVERIFY2(registered.ok(), qPrintable(dump(registered)));
        // Sessions made up front: once the fuzz has failed enough logins from
        // this address the throttle would refuse a new login, but resuming a
        // session is never throttled.
        for (int i = 0; i < kSessions; ++i) {
            const Reply login = client.login(kEmail, kPassword);
            QVERIFY2(login.ok(), qPrintable(dump(login)));
            m_tokens << client.token;
        }
    }

    void fuzzDispatch()
    {
        QElapsedTimer clock;
        clock.start();
        const quint32 fuzzSeed = seed();
        const int frames = frameCount();
        Fuzzer fuzzer(fuzzSeed);
        QMap<QString, int> answers; // error code (or "ok") -> count
        int sent = 0;
        int connections = 0;
        qint64 nextId = 1;

        while (sent < frames) {
            RawConnection raw;
            QVERIFY(raw.open(m_server.port()));
            QVERIFY2(raw.hello(), qPrintable(u"connection %1: no welcome"_s.arg(connections)));
            ++connections;
            authenticate(raw);
            if (QTest::currentTestFailed())
                return;
            fuzzer.setToken(m_tokens.value(0));

            bool open = true;
            while (open && sent < frames) {
                QList<Frame> batch;
                const int size = 1 + fuzzer.bounded(16);
                for (int i = 0; i < size && sent < frames; ++i) {
                    batch.append(fuzzer.next(nextId++));
                    raw.sendRaw(batch.last().bytes);
                    ++sent;
                    if (batch.last().breaks != Frame::Breaks::Nothing)
                        break;
                }
                const Frame::Breaks breaks = batch.last().breaks;
                if (breaks == Frame::Breaks::Desyncs) {
                    // The server would wait for bytes that never come, or read
                    // payload as a header: we leave mid-frame.
                    raw.abort();
                    open = false;
                    continue;
                }
                const qint64 sentinel = -(nextId++);
                if (breaks == Frame::Breaks::Nothing)
                    raw.sendFrame(makeRequest(sentinel, methods::ping, {}));
                // Every intact frame gets one response, plus the sentinel's.
                const qsizetype expected = breaks == Frame::Breaks::Nothing ? batch.size() + 1 : -1;
                QList<QJsonObject> received;
                bool sawSentinel = false;
                bool sawGoodbye = false;
                qsizetype responses = 0;
                QDeadlineTimer deadline(15000);
                while (expected < 0 || responses < expected) {
                    const auto message = raw.next(int(qMax<qint64>(0, deadline.remainingTime())));
                    if (!message)
                        break;
                    received << *message;
                    const QString kind = message->value(fields::kind).toString();
                    if (kind == kinds::response) {
                        ++responses;
                        sawSentinel |= message->value(fields::id) == QJsonValue(sentinel);
                    }
                    sawGoodbye |= kind == kinds::goodbye;
                }
                const QString context =
                    u"seed 0x%1, "_s.arg(fuzzSeed, 0, 16) + describe(batch, received, sent, connections);
                for (const auto &message : received) {
                    const QString problem = checkMessage(message, breaks, answers);
                    QVERIFY2(problem.isEmpty(), qPrintable(problem + u"\n"_s + context));
                }
                QVERIFY2(raw.badFrames().isEmpty(), qPrintable(u"the server sent a broken frame\n"_s + context));
                if (breaks == Frame::Breaks::Nothing) {
                    QVERIFY2(
                        responses == expected && sawSentinel,
                        qPrintable(u"%1 responses for %2 frames and the sentinel (sentinel seen: %3)\n"_s.arg(responses)
                                       .arg(batch.size())
                                       .arg(sawSentinel)
                                   + context));
                    QVERIFY2(raw.isOpen(),
                             qPrintable(u"the server closed a connection with intact framing\n"_s + context));
                } else {
                    QVERIFY2(sawGoodbye && raw.waitForClosed(),
                             qPrintable(u"a broken header must end in goodbye and close\n"_s + context));
                    open = false;
                }
            }
        }

        const QString problem = freshClientProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QStringList summary;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            summary << u"%1 %2"_s.arg(it.key()).arg(it.value());
        qInfo("fuzz: %d frames over %d connections in %lld ms, %d of %d sessions left; answers: %s", sent, connections,
              qint64(clock.elapsed()), int(m_tokens.size()), kSessions, qPrintable(summary.join(u", "_s)));
        QCOMPARE(sent, frames);
    }

private:
    // Resumes the first session not yet revoked by a fuzzed logout; once all
    // are gone the connection goes on unauthenticated (still worth fuzzing).
    void authenticate(RawConnection &raw)
    {
        while (!m_tokens.isEmpty()) {
            const auto resumed = raw.request(methods::authResume, {{u"token"_s, m_tokens.first()}});
            QVERIFY2(resumed, "no answer to auth.resume");
            if (errorCode(*resumed).isEmpty())
                return;
            QVERIFY2(errorCode(*resumed) == u"session_expired", qPrintable(dump(resumed)));
            m_tokens.removeFirst();
        }
    }

    static QString checkMessage(const QJsonObject &message, Frame::Breaks breaks, QMap<QString, int> &answers)
    {
        const QString kind = message.value(fields::kind).toString();
        if (kind == kinds::event) {
            if (message.value(fields::seq).toInteger() <= 0 || !message.value(fields::event).isString()
                || !message.value(fields::data).isObject())
                return u"malformed event: "_s + dump(message);
            return {};
        }
        if (kind == kinds::goodbye && breaks != Frame::Breaks::Closes)
            return u"goodbye although the framing was intact: "_s + dump(message);
        if (kind != kinds::response && kind != kinds::goodbye)
            return u"unexpected kind: "_s + dump(message);
        if (kind == kinds::response && !message.contains(fields::id))
            return u"response without an id: "_s + dump(message);
        const bool hasResult = message.contains(fields::result);
        const bool hasError = message.contains(fields::error);
        if (kind == kinds::response && hasResult == hasError)
            return u"response needs exactly one of result and error: "_s + dump(message);
        if (hasResult) {
            if (!message.value(fields::result).isObject())
                return u"result is not an object: "_s + dump(message);
            ++answers[u"ok"_s];
            return {};
        }
        const QJsonObject error = message.value(fields::error).toObject();
        const QString code = error.value(fields::code).toString();
        ++answers[code];
        if (!isKnownCode(code))
            return u"unknown error code: "_s + dump(message);
        if (code == u"internal_error" || code == u"timeout" || code == u"disconnected")
            return u"the server must not answer bad input with "_s + code + u": "_s + dump(message);
        if (error.value(fields::message).toString().isEmpty())
            return u"error without a message: "_s + dump(message);
        return {};
    }

    static QString describe(const QList<Frame> &batch, const QList<QJsonObject> &received, int sent, int connection)
    {
        QStringList lines{u"batch ending at frame %1 on connection %2:"_s.arg(sent).arg(connection)};
        for (const auto &frame : batch) {
            QString bytes = QString::fromLatin1(frame.bytes.left(160).toHex(' '));
            lines << u"  sent %1 (%2 bytes): %3"_s.arg(frame.mutation).arg(frame.bytes.size()).arg(bytes);
        }
        for (const auto &message : received)
            lines << u"  got  "_s + dump(message).left(300);
        return lines.join(u'\n');
    }

    QString freshClientProblem()
    {
        TestClient client;
        if (!client.connectTo(m_server.endpoint()))
            return u"after the fuzz a fresh client cannot connect: "_s + client.rpc().lastCloseReason();
        const Reply pong = client.call(methods::ping);
        if (!pong.ok())
            return u"after the fuzz a fresh client's ping fails: "_s + dump(pong);
        if (m_tokens.isEmpty())
            return {};
        // The store still answers: a surviving session resumes and lists.
        const Reply resumed = client.call(methods::authResume, {{u"token"_s, m_tokens.first()}});
        const Reply list = client.call(methods::ticketList);
        return resumed.ok() && list.ok() ? QString() : u"after the fuzz: "_s + dump(resumed) + u" / "_s + dump(list);
    }

    ServerProcess m_server{{u"--plain"_s}};
    QStringList m_tokens;
};

QTEST_GUILESS_MAIN(FuzzDispatchTest)
#include "tst_fuzz_dispatch.moc"

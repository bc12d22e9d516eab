// The frame codec on its own: what goes in as bytes comes out as messages,
// however the bytes are cut into reads, and every bad frame is reported with
// the right status at the right moment (an oversized header before any of its
// payload has arrived).
#include <protocol/Envelope.h>
#include <protocol/FrameCodec.h>
#include <protocol/Messages.h>
#include <protocol/ProtocolVersion.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;
using Status = FrameDecoder::Status;

namespace {

QByteArray header(quint32 announced)
{
    QByteArray bytes(kFrameHeaderBytes, Qt::Uninitialized);
    qToBigEndian<quint32>(announced, bytes.data());
    return bytes;
}

QByteArray rawFrame(const QByteArray &payload)
{
    return header(quint32(payload.size())) + payload;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Feeds `stream` in pieces of `chunk` bytes (0: all at once) and, after every
// piece, takes out everything the decoder can give. The log names each
// outcome: "frame {json}" or the status name; NeedMore is not logged.
QStringList decodeLog(const QByteArray &stream, qsizetype chunk, qsizetype maxFrameBytes = kMaxFrameBytes)
{
    FrameDecoder decoder(maxFrameBytes);
    QStringList log;
    const qsizetype step = chunk > 0 ? chunk : qMax<qsizetype>(stream.size(), 1);
    for (qsizetype at = 0; at < stream.size(); at += step) {
        decoder.feed(stream.mid(at, step));
        while (!decoder.failed()) {
            QJsonObject message;
            const Status status = decoder.next(message);
            if (status == Status::NeedMore)
                break;
            log << (status == Status::Frame ? u"frame "_s + compact(message) : QString::fromLatin1(toString(status)));
        }
    }
    return log;
}

QJsonObject ping(qint64 id)
{
    return makeRequest(id, methods::ping, {});
}

} // namespace

class FrameCodecTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::newRow("empty object") << QJsonObject{};
        QTest::newRow("hello") << makeHello(u"ccr-tests/1"_s);
        QTest::newRow("request with params")
            << makeRequest(7, methods::ticketCreate, {{u"subject"_s, u"Router"_s}, {u"description"_s, u"Reboots"_s}});
        QTest::newRow("nested values") << QJsonObject{
            {u"a"_s, QJsonArray{1, 2.5, true, QJsonValue::Null, QJsonObject{{u"b"_s, QJsonArray{}}}}},
            {u"big"_s, qint64(1) << 52}};
        QTest::newRow("utf-8 text") << QJsonObject{{u"text"_s, u"Zoë — 日本語 — 🎫 — \"quoted\" \\ back"_s}};
        QTest::newRow("escaped control chars") << QJsonObject{{u"text"_s, u"line\nbreak\ttab\u0001"_s}};
        QTest::newRow("large (500 KB)") << QJsonObject{{u"blob"_s, QString(500 * 1024, u'x')}};
    }

    void roundTrip()
    {
        QFETCH(QJsonObject, message);
        const QByteArray frame = encodeFrame(message);
        QVERIFY(frame.size() > kFrameHeaderBytes);
        // The header counts UTF-8 bytes of the payload, not characters.
        const quint32 announced = qFromBigEndian<quint32>(frame.constData());
        QCOMPARE(qsizetype(announced), frame.size() - kFrameHeaderBytes);
        QCOMPARE(frame.mid(kFrameHeaderBytes), QJsonDocument(message).toJson(QJsonDocument::Compact));

        FrameDecoder decoder(kMaxFrameBytes);
        decoder.feed(frame);
        QJsonObject decoded;
        QCOMPARE(toString(decoder.next(decoded)), toString(Status::Frame));
        QCOMPARE(decoded, message);
        QCOMPARE(toString(decoder.next(decoded)), toString(Status::NeedMore));
        QCOMPARE(decoder.buffered(), 0);
        QVERIFY(!decoder.midFrame());
    }

    void decodeStream_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("expected");

        const QByteArray one = encodeFrame(ping(1));
        const QByteArray two = encodeFrame(ping(2));
        const QString frameOne = u"frame "_s + compact(ping(1));
        const QString frameTwo = u"frame "_s + compact(ping(2));

        QTest::newRow("one frame") << one << QStringList{frameOne};
        QTest::newRow("two frames back to back") << one + two << QStringList{frameOne, frameTwo};
        QByteArray many;
        QStringList manyExpected;
        for (int id = 1; id <= 50; ++id) {
            many += encodeFrame(ping(id));
            manyExpected << u"frame "_s + compact(ping(id));
        }
        QTest::newRow("fifty frames in one feed") << many << manyExpected;
        QTest::newRow("incomplete payload waits") << one.left(one.size() - 1) << QStringList{};
        QTest::newRow("incomplete header waits") << one.left(3) << QStringList{};
        QTest::newRow("malformed json, stream goes on")
            << rawFrame("{\"kind\": \"request\", ") + two << QStringList{u"MalformedJson"_s, frameTwo};
        QTest::newRow("not json at all, stream goes on")
            << rawFrame("hello there") + two << QStringList{u"MalformedJson"_s, frameTwo};
        QTest::newRow("garbage after the object") << rawFrame("{}x") + two << QStringList{u"MalformedJson"_s, frameTwo};
        QTest::newRow("invalid utf-8") << rawFrame("{\"a\":\"\xff\xfe\"}") + two
                                       << QStringList{u"MalformedJson"_s, frameTwo};
        QTest::newRow("too deeply nested") << rawFrame(QByteArray(2000, '[') + QByteArray(2000, ']')) + two
                                           << QStringList{u"MalformedJson"_s, frameTwo};
        QTest::newRow("json array is not an object")
            << rawFrame("[1, 2, 3]") + two << QStringList{u"NotAnObject"_s, frameTwo};
        QTest::newRow("json scalar is rejected") << rawFrame("42") + two << QStringList{u"MalformedJson"_s, frameTwo};
        QTest::newRow("json string is rejected")
            << rawFrame("\"request\"") + two << QStringList{u"MalformedJson"_s, frameTwo};
        QTest::newRow("whitespace around the object is fine")
            << rawFrame(" \n{\"kind\":\"hello\"}\n ") << QStringList{u"frame {\"kind\":\"hello\"}"_s};
        QTest::newRow("utf-8 payload") << rawFrame(u"{\"t\":\"Grüße 🎫\"}"_s.toUtf8())
                                       << QStringList{u"frame {\"t\":\"Grüße 🎫\"}"_s};
        // Framing errors cannot be resynchronised: nothing after them is decoded.
        QTest::newRow("zero length frame") << header(0) + two << QStringList{u"EmptyFrame"_s};
        QTest::newRow("zero length after a good frame")
            << one + header(0) + two << QStringList{frameOne, u"EmptyFrame"_s};
        QTest::newRow("oversized header alone") << header(quint32(kMaxFrameBytes) + 1) << QStringList{u"Oversized"_s};
        QTest::newRow("4 GiB header") << header(0xffffffffu) + two << QStringList{u"Oversized"_s};
        QTest::newRow("oversized after a good frame")
            << one + header(quint32(kMaxFrameBytes) + 1) + QByteArray(100, 'x')
            << QStringList{frameOne, u"Oversized"_s};
    }

    // The same stream must decode the same whether it arrives at once, in
    // odd-sized reads, or one byte at a time.
    void decodeStream()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, expected);
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(7), qsizetype(4096)}) {
            const QStringList log = decodeLog(stream, chunk);
            QVERIFY2(log == expected, qPrintable(u"read size %1:\n  got      %2\n  expected %3"_s.arg(chunk).arg(
                                          log.join(u" | "_s), expected.join(u" | "_s))));
        }
    }

    void oversizedIsRefusedAtTheHeader_data()
    {
        QTest::addColumn<qsizetype>("cap");
        QTest::addColumn<quint32>("announced");
        QTest::addColumn<bool>("refused");
        QTest::newRow("one over the real cap") << kMaxFrameBytes << quint32(kMaxFrameBytes + 1) << true;
        QTest::newRow("exactly the real cap") << kMaxFrameBytes << quint32(kMaxFrameBytes) << false;
        QTest::newRow("4 GiB - 1") << kMaxFrameBytes << 0xffffffffu << true;
        QTest::newRow("small cap, one over") << qsizetype(64) << quint32(65) << true;
        QTest::newRow("small cap, exactly") << qsizetype(64) << quint32(64) << false;
    }

    // The verdict comes from the 4 header bytes alone, before any payload.
    void oversizedIsRefusedAtTheHeader()
    {
        QFETCH(qsizetype, cap);
        QFETCH(quint32, announced);
        QFETCH(bool, refused);
        FrameDecoder decoder(cap);
        const QByteArray head = header(announced);
        QJsonObject message;
        for (int i = 0; i < 3; ++i) {
            decoder.feed(head.mid(i, 1));
            QCOMPARE(toString(decoder.next(message)), toString(Status::NeedMore));
        }
        decoder.feed(head.mid(3, 1));
        QCOMPARE(toString(decoder.next(message)), toString(refused ? Status::Oversized : Status::NeedMore));
        QCOMPARE(decoder.failed(), refused);
        if (refused) {
            // Failed for good: what comes later is neither buffered nor decoded.
            decoder.feed(encodeFrame(ping(1)));
            QCOMPARE(decoder.buffered(), kFrameHeaderBytes);
            QVERIFY(decoder.next(message) != Status::Frame);
        } else {
            QVERIFY(decoder.midFrame());
        }
    }

    // A frame of exactly the cap is accepted, one byte more is not.
    void frameAtTheCap_data()
    {
        QTest::addColumn<qsizetype>("payloadBytes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("cap - 1") << kMaxFrameBytes - 1 << true;
        QTest::newRow("cap") << kMaxFrameBytes << true;
        QTest::newRow("cap + 1") << kMaxFrameBytes + 1 << false;
    }

    void frameAtTheCap()
    {
        QFETCH(qsizetype, payloadBytes);
        QFETCH(bool, accepted);
        // {"pad":"xxx…"} padded to the exact size.
        const QByteArray skeleton = "{\"pad\":\"\"}";
        const QByteArray payload = "{\"pad\":\"" + QByteArray(payloadBytes - skeleton.size(), 'x') + "\"}";
        QCOMPARE(payload.size(), payloadBytes);
        FrameDecoder decoder(kMaxFrameBytes);
        decoder.feed(rawFrame(payload));
        QJsonObject message;
        QCOMPARE(toString(decoder.next(message)), toString(accepted ? Status::Frame : Status::Oversized));
        if (accepted)
            QCOMPARE(message.value(u"pad"_s).toString().size(), payloadBytes - skeleton.size());
    }

    void midFrameTracksPartialFrames()
    {
        FrameDecoder decoder(kMaxFrameBytes);
        QVERIFY(!decoder.midFrame());
        const QByteArray frame = encodeFrame(ping(9));
        decoder.feed(frame.left(2));
        QVERIFY(decoder.midFrame());
        decoder.feed(frame.mid(2, 5));
        QJsonObject message;
        QCOMPARE(toString(decoder.next(message)), toString(Status::NeedMore));
        QVERIFY(decoder.midFrame());
        decoder.feed(frame.mid(7));
        QCOMPARE(toString(decoder.next(message)), toString(Status::Frame));
        QCOMPARE(message, ping(9));
        QVERIFY(!decoder.midFrame());
    }

    // Long streams: consumed bytes are dropped from the buffer now and then
    // (past 64 KiB); a frame straddling that moment must still decode whole,
    // and the ids must come out in order with none lost or repeated.
    void partialFrameSurvivesBufferCompaction()
    {
        FrameDecoder decoder(kMaxFrameBytes);
        qint64 nextId = 1;
        qint64 expectedId = 1;
        QByteArray pendingTail;
        for (int round = 0; round < 20; ++round) {
            QByteArray chunk = pendingTail;
            for (int i = 0; i < 2000; ++i) // ~100 KB: past the compaction threshold
                chunk += encodeFrame(ping(nextId++));
            const QByteArray straddling = encodeFrame(ping(nextId++));
            const qsizetype cut = 1 + round % (straddling.size() - 1);
            chunk += straddling.left(cut);
            pendingTail = straddling.mid(cut);
            decoder.feed(chunk);
            QJsonObject message;
            Status status;
            while ((status = decoder.next(message)) == Status::Frame) {
                QCOMPARE(message.value(u"id"_s).toInteger(), expectedId);
                ++expectedId;
            }
            QCOMPARE(toString(status), toString(Status::NeedMore));
            QVERIFY(decoder.midFrame());
        }
        decoder.feed(pendingTail);
        QJsonObject last;
        QCOMPARE(toString(decoder.next(last)), toString(Status::Frame));
        QCOMPARE(last.value(u"id"_s).toInteger(), expectedId);
        QCOMPARE(expectedId, nextId - 1);
        QCOMPARE(decoder.buffered(), 0);
    }
};

QTEST_GUILESS_MAIN(FrameCodecTest)
#include "tst_frame_codec.moc"

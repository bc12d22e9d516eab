#pragma once

#include <protocol/FrameCodec.h>
#include <protocol/Reply.h>

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTcpSocket>

#include <optional>

// A bare plain-TCP peer for tests that must say what no well-behaved client
// would: arbitrary bytes, broken headers, frames out of order. It writes
// exactly what it is given and decodes whatever the server sends back, so a
// test sees the server's raw answers (duplicates included — RpcClient would
// hide them). Every wait is bounded.
class RawConnection
{
public:
    RawConnection();
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool open(quint16 port, int timeoutMs = 5000);
    void abort();

    void sendRaw(const QByteArray &bytes);
    void sendFrame(const QJsonObject &message);
    // A header announcing payload.size() bytes, then the payload as given.
    void sendPayload(const QByteArray &payload);
    static QByteArray header(quint32 announcedBytes);

    // Sends a hello and waits for the welcome; false if anything else came.
    bool hello();
    // The next message the server sent, or nullopt after timeoutMs or once
    // the connection has closed with nothing left to read.
    std::optional<QJsonObject> next(int timeoutMs = 5000);
    // Sends a request and returns its response; events that arrive before it
    // are kept in events(). nullopt if the connection closed or timed out.
    std::optional<QJsonObject> request(const QString &method, const QJsonObject &params = {}, int timeoutMs = 10000);
    // Waits for the response whose id is `id`, collecting events on the way.
    std::optional<QJsonObject> responseTo(const QJsonValue &id, int timeoutMs = 10000);

    // Reads until at least n events have been collected in events(); false
    // on timeout, on close, or if anything but an event arrives meanwhile.
    bool waitForEvents(qsizetype n, int timeoutMs = 5000);

    // True once the server has closed the connection (waits up to timeoutMs).
    bool waitForClosed(int timeoutMs = 5000);
    bool isOpen() const;

    QList<QJsonObject> &events() { return m_events; }
    // Decoder complaints about what the server sent (should stay empty).
    const QList<ccr::protocol::FrameDecoder::Status> &badFrames() const { return m_badFrames; }
    qint64 takeId() { return m_nextId++; }

private:
    void drain();

    QTcpSocket m_socket;
    ccr::protocol::FrameDecoder m_decoder;
    QList<QJsonObject> m_inbox;
    QList<QJsonObject> m_events;
    QList<ccr::protocol::FrameDecoder::Status> m_badFrames;
    qint64 m_nextId = 1;
};

// The error code and field of a response or goodbye ("" when it has none),
// for readable comparisons; dump() for failure messages.
QString errorCode(const QJsonObject &message);
QString errorField(const QJsonObject &message);
QString dump(const ccr::protocol::Reply &reply);
QString dump(const QJsonObject &message);
QString dump(const std::optional<QJsonObject> &message);

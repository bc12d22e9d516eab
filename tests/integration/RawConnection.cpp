#include "RawConnection.h"

#include <TestClient.h>

#include <protocol/Envelope.h>
#include <protocol/Fields.h>
#include <protocol/Messages.h>
#include <protocol/ProtocolVersion.h>

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

RawConnection::RawConnection()
    : m_decoder(kMaxFrameBytes)
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { drain(); });
}

RawConnection::~RawConnection()
{
    m_socket.abort();
}

bool RawConnection::open(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
}

void RawConnection::abort()
{
    m_socket.abort();
}

void RawConnection::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

void RawConnection::sendFrame(const QJsonObject &message)
{
    sendRaw(encodeFrame(message));
}

QByteArray RawConnection::header(quint32 announcedBytes)
{
    QByteArray bytes(kFrameHeaderBytes, Qt::Uninitialized);
    qToBigEndian<quint32>(announcedBytes, bytes.data());
    return bytes;
}

void RawConnection::sendPayload(const QByteArray &payload)
{
    sendRaw(header(quint32(payload.size())) + payload);
}

bool RawConnection::hello()
{
    sendFrame(makeHello(u"ccr-raw-tests"_s));
    const auto welcome = next();
    return welcome && welcome->value(fields::kind).toString() == kinds::welcome;
}

void RawConnection::drain()
{
    m_decoder.feed(m_socket.readAll());
    while (!m_decoder.failed()) {
        QJsonObject message;
        const auto status = m_decoder.next(message);
        if (status == FrameDecoder::Status::NeedMore)
            return;
        if (status == FrameDecoder::Status::Frame)
            m_inbox.append(message);
        else
            m_badFrames.append(status);
    }
}

std::optional<QJsonObject> RawConnection::next(int timeoutMs)
{
    [[maybe_unused]] const bool arrived = QTest::qWaitFor(
        [this] {
            drain();
            return !m_inbox.isEmpty() || m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    drain();
    if (m_inbox.isEmpty())
        return std::nullopt;
    return m_inbox.takeFirst();
}

std::optional<QJsonObject> RawConnection::request(const QString &method, const QJsonObject &params, int timeoutMs)
{
    const qint64 id = takeId();
    sendFrame(makeRequest(id, method, params));
    return responseTo(id, timeoutMs);
}

std::optional<QJsonObject> RawConnection::responseTo(const QJsonValue &id, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (auto message = next(int(qMax<qint64>(0, deadline.remainingTime())))) {
        if (message->value(fields::kind).toString() == kinds::event) {
            m_events.append(*message);
            continue;
        }
        if (message->value(fields::kind).toString() == kinds::response && message->value(fields::id) == id)
            return message;
        qWarning() << "RawConnection: unexpected while waiting for response" << id << ":" << dump(*message);
        return message; // a goodbye or a stray response: let the caller's comparison show it
    }
    return std::nullopt;
}

bool RawConnection::waitForEvents(qsizetype n, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_events.size() < n) {
        const auto message = next(int(qMax<qint64>(0, deadline.remainingTime())));
        if (!message)
            return false;
        if (message->value(fields::kind).toString() != kinds::event) {
            qWarning() << "RawConnection: expected an event, got" << dump(*message);
            return false;
        }
        m_events.append(*message);
    }
    return true;
}

bool RawConnection::waitForClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

bool RawConnection::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

QString errorCode(const QJsonObject &message)
{
    return message.value(fields::error).toObject().value(fields::code).toString();
}

QString errorField(const QJsonObject &message)
{
    return message.value(fields::error).toObject().value(fields::field).toString();
}

QString dump(const Reply &reply)
{
    return toString(reply);
}

QString dump(const QJsonObject &message)
{
    QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    if (text.size() > 2000)
        text = text.left(2000) + u"…"_s;
    return text;
}

QString dump(const std::optional<QJsonObject> &message)
{
    return message ? dump(*message) : u"<nothing: timed out or closed>"_s;
}

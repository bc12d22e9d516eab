#include "FrameChannel.h"

#include <QPointer>
#include <QTcpSocket>

namespace ccr::protocol {

FrameChannel::FrameChannel(QTcpSocket *socket, qsizetype maxFrameBytes, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_decoder(maxFrameBytes)
{
    connect(m_socket, &QTcpSocket::readyRead, this, &FrameChannel::readAvailable);
}

void FrameChannel::send(const QJsonObject &message)
{
    sendEncoded(encodeFrame(message));
}

void FrameChannel::sendEncoded(const QByteArray &frame)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(frame);
}

void FrameChannel::readAvailable()
{
    QPointer<FrameChannel> alive(this);
    m_decoder.feed(m_socket->readAll());
    while (alive && !m_decoder.failed()) {
        QJsonObject message;
        const auto status = m_decoder.next(message);
        if (status == FrameDecoder::Status::NeedMore)
            return;
        if (status == FrameDecoder::Status::Frame)
            Q_EMIT messageReceived(message);
        else
            Q_EMIT badFrame(status);
    }
}

} // namespace ccr::protocol

#pragma once

#include "FrameCodec.h"

#include <QJsonObject>
#include <QObject>

class QTcpSocket;

namespace ccr::protocol {

// Frames over one socket, for both ends: decodes what arrives into messages
// and encodes what is sent. It never closes the socket itself; the owner
// decides what a bad frame costs.
class FrameChannel : public QObject
{
    Q_OBJECT
public:
    FrameChannel(QTcpSocket *socket, qsizetype maxFrameBytes, QObject *parent = nullptr);

    void send(const QJsonObject &message);
    // For fan-out: one encoding shared by every recipient.
    void sendEncoded(const QByteArray &frame);
    QTcpSocket *socket() const { return m_socket; }
    bool midFrame() const { return m_decoder.midFrame(); }

Q_SIGNALS:
    void messageReceived(const QJsonObject &message);
    // MalformedJson and NotAnObject leave the stream usable; Oversized and
    // EmptyFrame do not (no further message will be decoded).
    void badFrame(ccr::protocol::FrameDecoder::Status status);

private:
    void readAvailable();

    QTcpSocket *m_socket;
    FrameDecoder m_decoder;
};

} // namespace ccr::protocol

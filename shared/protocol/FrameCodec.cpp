#include "FrameCodec.h"

#include "ProtocolVersion.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>

namespace ccr::protocol {

QByteArray encodeFrame(const QJsonObject &message)
{
    const QByteArray payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    QByteArray frame(kFrameHeaderBytes, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data());
    frame.append(payload);
    return frame;
}

FrameDecoder::FrameDecoder(qsizetype maxFrameBytes)
    : m_maxFrameBytes(maxFrameBytes)
{
}

void FrameDecoder::feed(const QByteArray &bytes)
{
    if (m_failed)
        return;
    // Drop consumed bytes lazily so a burst of small frames is not an O(n^2) copy.
    if (m_offset > 0 && m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 64 * 1024) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

bool FrameDecoder::midFrame() const
{
    return buffered() > 0;
}

FrameDecoder::Status FrameDecoder::next(QJsonObject &message)
{
    if (m_failed)
        return Status::Oversized;
    if (buffered() < kFrameHeaderBytes)
        return Status::NeedMore;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
    if (length == 0) {
        m_failed = true;
        return Status::EmptyFrame;
    }
    if (qsizetype(length) > m_maxFrameBytes) {
        // Checked before buffering the payload: a peer announcing 4 GiB gets
        // refused after 4 bytes, not after we stored what it sent.
        m_failed = true;
        return Status::Oversized;
    }
    if (buffered() < kFrameHeaderBytes + qsizetype(length))
        return Status::NeedMore;

    const QByteArray payload = QByteArray::fromRawData(m_buffer.constData() + m_offset + kFrameHeaderBytes, length);
    m_offset += kFrameHeaderBytes + length;

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError)
        return Status::MalformedJson; // framing intact: the stream can go on
    if (!document.isObject())
        return Status::NotAnObject;
    message = document.object();
    return Status::Frame;
}

const char *toString(FrameDecoder::Status status)
{
    switch (status) {
    case FrameDecoder::Status::Frame: return "Frame";
    case FrameDecoder::Status::NeedMore: return "NeedMore";
    case FrameDecoder::Status::Oversized: return "Oversized";
    case FrameDecoder::Status::EmptyFrame: return "EmptyFrame";
    case FrameDecoder::Status::MalformedJson: return "MalformedJson";
    case FrameDecoder::Status::NotAnObject: return "NotAnObject";
    }
    return "?";
}

} // namespace ccr::protocol

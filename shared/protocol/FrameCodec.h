#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace ccr::protocol {

QByteArray encodeFrame(const QJsonObject &message);

// Incremental decoder for a byte stream of frames. Feed it what the socket
// delivered and take frames out until it reports NeedMore. After an error the
// decoder stays failed: a stream with a bad header cannot be resynchronised.
class FrameDecoder
{
public:
    enum class Status
    {
        Frame,
        NeedMore,
        Oversized,
        EmptyFrame,
        MalformedJson,
        NotAnObject
    };

    explicit FrameDecoder(qsizetype maxFrameBytes);

    void feed(const QByteArray &bytes);
    Status next(QJsonObject &message);

    // True when a frame header has been read but its payload is incomplete:
    // lets a session notice a peer that stalls mid-frame.
    bool midFrame() const;
    qsizetype buffered() const { return m_buffer.size() - m_offset; }
    bool failed() const { return m_failed; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qsizetype m_maxFrameBytes;
    bool m_failed = false;
};

const char *toString(FrameDecoder::Status status);

} // namespace ccr::protocol

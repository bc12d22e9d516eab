#pragma once

#include "ChatMessage.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <qcoro/qcorotask.h>

#include <optional>

namespace ccr::protocol {
class RpcClient;
}

namespace ccr::client {

// One file sent to the server for a ticket: attachment.begin, then one
// attachment.chunk per server-chosen chunk size, then attachment.finish with
// the SHA-256 of what was read. The file is read a chunk at a time between
// network round trips, so the GUI thread never reads more than one chunk at
// once and never waits on the disk for the whole file. The attachment it
// yields is then named in message.send's attachmentIds.
class AttachmentUpload : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Uploading,
        Done,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    AttachmentUpload(protocol::RpcClient *rpc, qint64 ticketId, QString filePath, QObject *parent = nullptr);

    void start();
    // Stops between chunks and tells the server to drop what it received.
    void cancel();

    State state() const { return m_state; }
    QString filePath() const { return m_filePath; }
    QString fileName() const;
    qint64 size() const { return m_size; }
    qint64 sent() const { return m_sent; }
    QString errorText() const { return m_error; }
    // Set once Done.
    std::optional<ChatAttachment> attachment() const { return m_attachment; }

Q_SIGNALS:
    void progressed(qint64 sent, qint64 total);
    void finished(const ccr::client::ChatAttachment &attachment);
    void failed(const QString &message);
    void stateChanged(ccr::client::AttachmentUpload::State state);

private:
    QCoro::Task<> run();
    void fail(const QString &message);
    void setState(State state);

    QPointer<protocol::RpcClient> m_rpc;
    qint64 m_ticketId;
    QString m_filePath;
    qint64 m_size = 0;
    qint64 m_sent = 0;
    QString m_uploadId;
    State m_state = State::Idle;
    bool m_cancelRequested = false;
    QString m_error;
    std::optional<ChatAttachment> m_attachment;
};

} // namespace ccr::client

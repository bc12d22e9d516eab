#pragma once

#include "ChatMessage.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <qcoro/qcorotask.h>

namespace ccr::protocol {
class RpcClient;
}

namespace ccr::client {

// One attachment fetched from the server with attachment.download, a slice
// at a time, either into memory (a thumbnail) or into a file. A file is
// written through QSaveFile: it appears under its name only once complete,
// so a failed or cancelled download leaves nothing half-written behind.
class AttachmentDownload : public QObject
{
    Q_OBJECT
public:
    // Well below the 1 MiB frame limit once base64 has grown it by a third.
    static constexpr qint64 kSliceBytes = 256 * 1024;

    // targetPath empty: keep the bytes in memory (data()).
    AttachmentDownload(protocol::RpcClient *rpc, ChatAttachment attachment, QString targetPath = {},
                       QObject *parent = nullptr);

    void start();
    void cancel() { m_cancelRequested = true; }

    const ChatAttachment &attachment() const { return m_attachment; }
    QString targetPath() const { return m_targetPath; }
    const QByteArray &data() const { return m_data; }
    qint64 received() const { return m_received; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(qint64 received, qint64 total);
    void finished();
    void failed(const QString &message);

private:
    QCoro::Task<> run();

    QPointer<protocol::RpcClient> m_rpc;
    ChatAttachment m_attachment;
    QString m_targetPath;
    QByteArray m_data;
    qint64 m_received = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace ccr::client

#include "AttachmentDownload.h"

#include "app/Logging.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>
#include <protocol/RpcClient.h>

#include <QSaveFile>

#include <memory>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;

AttachmentDownload::AttachmentDownload(protocol::RpcClient *rpc, ChatAttachment attachment, QString targetPath,
                                       QObject *parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_attachment(std::move(attachment))
    , m_targetPath(std::move(targetPath))
{
}

void AttachmentDownload::start()
{
    if (m_running)
        return;
    // Not a slot and not awaited: the task runs on its own, guarded by QPointer.
    run();
}

QCoro::Task<> AttachmentDownload::run()
{
    QPointer<AttachmentDownload> self(this);
    m_running = true;
    m_received = 0;
    m_data.clear();
    std::unique_ptr<QSaveFile> file;
    if (!m_targetPath.isEmpty()) {
        file = std::make_unique<QSaveFile>(m_targetPath);
        if (!file->open(QIODevice::WriteOnly)) {
            m_running = false;
            Q_EMIT failed(tr("%1 could not be written: %2").arg(m_targetPath, file->errorString()));
            co_return;
        }
    }
    bool eof = false;
    while (!eof) {
        if (m_cancelRequested || !m_rpc) {
            m_running = false;
            if (file)
                file->cancelWriting();
            Q_EMIT failed(tr("The download of %1 was stopped.").arg(m_attachment.fileName));
            co_return;
        }
        const QJsonObject params{
            {u"attachmentId"_s, m_attachment.id}, {u"offset"_s, m_received}, {u"length"_s, kSliceBytes}};
        auto fetching = m_rpc->call(methods::attachmentDownload, params);
        const Reply fetched = co_await fetching;
        if (!self)
            co_return;
        if (!fetched.ok()) {
            m_running = false;
            if (file)
                file->cancelWriting();
            Q_EMIT failed(tr("%1 could not be downloaded: %2").arg(m_attachment.fileName, fetched.error->message));
            co_return;
        }
        const QByteArray slice = QByteArray::fromBase64(fetched.result.value(u"data"_s).toString().toLatin1());
        const qint64 total = fetched.result.value(u"size"_s).toInteger();
        eof = fetched.result.value(u"eof"_s).toBool();
        if (slice.isEmpty() && !eof) {
            m_running = false;
            if (file)
                file->cancelWriting();
            Q_EMIT failed(tr("%1 could not be downloaded: the server sent nothing.").arg(m_attachment.fileName));
            co_return;
        }
        if (file) {
            if (file->write(slice) != slice.size()) {
                m_running = false;
                file->cancelWriting();
                Q_EMIT failed(tr("%1 could not be written: %2").arg(m_targetPath, file->errorString()));
                co_return;
            }
        } else {
            m_data.append(slice);
        }
        m_received += slice.size();
        Q_EMIT progressed(m_received, total);
    }
    if (file && !file->commit()) {
        m_running = false;
        Q_EMIT failed(tr("%1 could not be written: %2").arg(m_targetPath, file->errorString()));
        co_return;
    }
    m_running = false;
    qCDebug(lcClientFeed) << "downloaded attachment" << m_attachment.id << m_received << "bytes";
    Q_EMIT finished();
}

} // namespace ccr::client

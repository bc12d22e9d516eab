#include "AttachmentUpload.h"

#include "app/Logging.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>
#include <protocol/RpcClient.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;

AttachmentUpload::AttachmentUpload(protocol::RpcClient *rpc, qint64 ticketId, QString filePath, QObject *parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_ticketId(ticketId)
    , m_filePath(std::move(filePath))
    , m_size(QFileInfo(m_filePath).size())
{
}

QString AttachmentUpload::fileName() const
{
    return QFileInfo(m_filePath).fileName();
}

void AttachmentUpload::start()
{
    if (m_state != State::Idle)
        return;
    // Not a slot and not awaited: the task runs on its own, guarded by QPointer.
    run();
}

void AttachmentUpload::cancel()
{
    if (m_state == State::Uploading)
        m_cancelRequested = true;
    else if (m_state == State::Idle)
        setState(State::Cancelled);
}

void AttachmentUpload::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AttachmentUpload::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcClientFeed) << "upload of" << m_filePath << "failed:" << message;
    setState(State::Failed);
    Q_EMIT failed(message);
}

QCoro::Task<> AttachmentUpload::run()
{
    QPointer<AttachmentUpload> self(this);
    if (!m_rpc) {
        fail(tr("%1 was not uploaded: not connected.").arg(fileName()));
        co_return;
    }
    setState(State::Uploading);
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("%1 could not be read: %2").arg(fileName(), file.errorString()));
        co_return;
    }
    m_size = file.size();
    const QString mimeType = QMimeDatabase().mimeTypeForFile(m_filePath).name();
    const QJsonObject beginParams{
        {u"ticketId"_s, m_ticketId}, {u"fileName"_s, fileName()}, {u"mimeType"_s, mimeType}, {u"size"_s, m_size}};
    auto beginning = m_rpc->call(methods::attachmentBegin, beginParams);
    const Reply begun = co_await beginning;
    if (!self)
        co_return;
    if (!begun.ok()) {
        fail(tr("%1 was not accepted: %2").arg(fileName(), begun.error->message));
        co_return;
    }
    m_uploadId = begun.result.value(u"uploadId"_s).toVariant().toString();
    const qint64 chunkSize = begun.result.value(u"chunkSize"_s).toInteger();
    if (chunkSize <= 0) {
        fail(tr("%1 was not accepted: the server named no chunk size.").arg(fileName()));
        co_return;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (m_sent < m_size) {
        if (m_cancelRequested)
            break;
        const QByteArray chunk = file.read(std::min(chunkSize, m_size - m_sent));
        if (chunk.isEmpty()) {
            fail(tr("%1 could not be read to the end: %2").arg(fileName(), file.errorString()));
            break;
        }
        hash.addData(chunk);
        const QJsonObject chunkParams{{u"uploadId"_s, begun.result.value(u"uploadId"_s)},
                                      {u"offset"_s, m_sent},
                                      {u"data"_s, QString::fromLatin1(chunk.toBase64())}};
        auto sending = m_rpc->call(methods::attachmentChunk, chunkParams);
        const Reply sent = co_await sending;
        if (!self)
            co_return;
        if (!sent.ok()) {
            fail(tr("%1 was not uploaded: %2").arg(fileName(), sent.error->message));
            break;
        }
        m_sent += chunk.size();
        Q_EMIT progressed(m_sent, m_size);
    }
    if (m_state == State::Failed || m_cancelRequested) {
        // Tell the server to drop the partial file; it also expires on its own.
        if (m_rpc && m_rpc->state() == protocol::RpcClient::State::Ready)
            m_rpc->call(methods::attachmentCancel, {{u"uploadId"_s, begun.result.value(u"uploadId"_s)}});
        if (m_cancelRequested && m_state != State::Failed)
            setState(State::Cancelled);
        co_return;
    }
    const QJsonObject finishParams{{u"uploadId"_s, begun.result.value(u"uploadId"_s)},
                                   {u"sha256"_s, QString::fromLatin1(hash.result().toHex())}};
    auto finishing = m_rpc->call(methods::attachmentFinish, finishParams);
    const Reply finished = co_await finishing;
    if (!self)
        co_return;
    if (!finished.ok()) {
        fail(tr("%1 was not stored: %2").arg(fileName(), finished.error->message));
        co_return;
    }
    m_attachment = ChatAttachment::fromJson(finished.result.value(u"attachment"_s).toObject());
    setState(State::Done);
    Q_EMIT this->finished(*m_attachment);
}

} // namespace ccr::client

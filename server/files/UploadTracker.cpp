#include "UploadTracker.h"

#include "AttachmentFiles.h"

#include <net/ClientSession.h>

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

#include <sodium.h>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcFiles)

namespace ccr::server {

namespace {

// Unguessable, though ownership is checked anyway; hex, so it is also a
// safe temporary file name.
QString newUploadId()
{
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

} // namespace

UploadTracker::UploadTracker(AttachmentFiles &files, AttachmentLimits limits, QObject *parent)
    : QObject(parent)
    , m_files(files)
    , m_limits(limits)
    , m_sweep(new QTimer(this))
{
    // Often enough that an abandoned upload outlives its timeout by at most
    // half of it; rarely enough to cost nothing.
    m_sweep->setInterval(std::clamp(m_limits.idleTimeoutMs / 2, 50, 10'000));
    connect(m_sweep, &QTimer::timeout, this, &UploadTracker::sweepIdle);
}

UploadTracker::~UploadTracker()
{
    for (const auto &upload : std::as_const(m_uploads))
        m_files.discard(upload->file);
}

int UploadTracker::countOn(const ClientSession *connection) const
{
    return int(std::count_if(m_uploads.cbegin(), m_uploads.cend(),
                             [connection](const auto &upload) { return upload->connection == connection; }));
}

int UploadTracker::countFor(qint64 userId, qint64 ticketId) const
{
    return int(std::count_if(m_uploads.cbegin(), m_uploads.cend(), [userId, ticketId](const auto &upload) {
        return upload->userId == userId && upload->ticketId == ticketId;
    }));
}

std::shared_ptr<Upload> UploadTracker::start(ClientSession *connection, qint64 userId, qint64 ticketId,
                                             QString fileName, QString mimeType, qint64 size)
{
    auto upload = std::make_shared<Upload>();
    upload->id = newUploadId();
    upload->connection = connection;
    upload->userId = userId;
    upload->ticketId = ticketId;
    upload->fileName = std::move(fileName);
    upload->mimeType = std::move(mimeType);
    upload->size = size;
    upload->lastActivityMs = QDateTime::currentMSecsSinceEpoch();
    upload->file = m_files.newPartial(upload->id);
    m_uploads.insert(upload->id, upload);
    connect(connection, &ClientSession::finished, this, &UploadTracker::onConnectionFinished, Qt::UniqueConnection);
    if (!m_sweep->isActive())
        m_sweep->start();
    return upload;
}

std::shared_ptr<Upload> UploadTracker::find(const QString &uploadId, const ClientSession *connection,
                                            qint64 userId) const
{
    const auto upload = m_uploads.value(uploadId);
    if (!upload || upload->connection != connection || upload->userId != userId)
        return nullptr;
    return upload;
}

void UploadTracker::abandon(const QString &uploadId)
{
    if (const auto upload = m_uploads.take(uploadId))
        m_files.discard(upload->file);
}

void UploadTracker::release(const QString &uploadId)
{
    m_uploads.remove(uploadId);
}

void UploadTracker::onConnectionFinished(ClientSession *connection)
{
    QStringList ids;
    for (const auto &upload : std::as_const(m_uploads)) {
        if (upload->connection == connection)
            ids.append(upload->id);
    }
    for (const auto &id : ids)
        abandon(id);
    if (!ids.isEmpty())
        qCInfo(lcFiles) << "connection closed; abandoned" << ids.size() << "uploads";
}

void UploadTracker::sweepIdle()
{
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - m_limits.idleTimeoutMs;
    QStringList ids;
    for (const auto &upload : std::as_const(m_uploads)) {
        if (upload->writing == 0 && upload->lastActivityMs < cutoff)
            ids.append(upload->id);
    }
    for (const auto &id : ids)
        abandon(id);
    if (!ids.isEmpty())
        qCInfo(lcFiles) << "abandoned" << ids.size() << "idle uploads";
    if (m_uploads.isEmpty())
        m_sweep->stop();
}

} // namespace ccr::server

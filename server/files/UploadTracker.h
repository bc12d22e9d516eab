#pragma once

#include "AttachmentLimits.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace ccr::server {

class AttachmentFiles;
class ClientSession;
struct PartialFile;

// An upload between attachment.begin and attachment.finish. Lives on the
// network thread; only its PartialFile is handed to the file thread.
struct Upload
{
    QString id;
    const ClientSession *connection = nullptr; // identity only: never dereferenced
    qint64 userId = 0;
    qint64 ticketId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    qint64 accepted = 0; // bytes handed to the file thread, in order
    int writing = 0;     // chunks on the file thread right now
    qint64 lastActivityMs = 0;
    std::shared_ptr<PartialFile> file;
};

// The uploads in progress: who owns each (one connection and its user), the
// per-connection and per-ticket counts the limits need, and their end. An
// upload ends by finishing, by cancel, when its connection closes, or after
// `idleTimeoutMs` without a chunk; every end but finishing removes its file.
class UploadTracker : public QObject
{
    Q_OBJECT
public:
    UploadTracker(AttachmentFiles &files, AttachmentLimits limits, QObject *parent = nullptr);
    ~UploadTracker() override;

    const AttachmentLimits &limits() const { return m_limits; }
    AttachmentFiles &files() { return m_files; }

    int countOn(const ClientSession *connection) const;
    int countFor(qint64 userId, qint64 ticketId) const;
    // Registers a new upload of this connection and watches the connection.
    std::shared_ptr<Upload> start(ClientSession *connection, qint64 userId, qint64 ticketId, QString fileName,
                                  QString mimeType, qint64 size);
    // The upload, if it is still in progress and belongs to this connection and user.
    std::shared_ptr<Upload> find(const QString &uploadId, const ClientSession *connection, qint64 userId) const;
    // Ends an upload and removes its temporary file.
    void abandon(const QString &uploadId);
    // Ends an upload without touching its file: the caller finishes it.
    void release(const QString &uploadId);

private:
    void onConnectionFinished(ccr::server::ClientSession *connection);
    void sweepIdle();

    AttachmentFiles &m_files;
    AttachmentLimits m_limits;
    QHash<QString, std::shared_ptr<Upload>> m_uploads;
    QTimer *m_sweep;
};

} // namespace ccr::server

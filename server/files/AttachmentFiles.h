#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace ccr::server {

// One upload's temporary file and running SHA-256; touched only on the file
// thread, so it needs no lock. Opaque to everyone else.
struct PartialFile;

// The attachment files in <data dir>/attachments: finished files named by
// their SHA-256 (<aa>/<sha256>, so identical content is stored once),
// uploads in progress under tmp/. All disk work runs on one thread of its
// own, never on the network thread; one thread also keeps each upload's
// chunks in the order they were accepted.
class AttachmentFiles
{
public:
    enum class Placed
    {
        Stored,       // now at contentPath(sha256), or it already was (deduplicated)
        HashMismatch, // the bytes are not what the client hashed; the temporary file is gone
        Failed,       // the disk failed; the temporary file is gone
    };
    struct Chunk
    {
        QByteArray data;
        qint64 fileSize = 0;
    };

    explicit AttachmentFiles(QString rootDir);
    ~AttachmentFiles();
    AttachmentFiles(const AttachmentFiles &) = delete;
    AttachmentFiles &operator=(const AttachmentFiles &) = delete;

    // Before serving: makes the folders and removes temporary files a crash
    // or a kill left behind. Blocking; an error message or empty.
    QString prepareBlocking();

    // A handle for a new upload's temporary file (created with the first write).
    std::shared_ptr<PartialFile> newPartial(const QString &uploadId) const;
    // Appends and hashes; false when the disk failed (the upload is lost).
    QFuture<bool> append(std::shared_ptr<PartialFile> file, QByteArray data);
    // Checks the hash, makes the bytes durable (fsync) and renames them to
    // their content path (fsync of the folder), or drops them when that
    // content is already stored.
    QFuture<Placed> place(std::shared_ptr<PartialFile> file, QString expectedSha256);
    // Closes and removes the temporary file (after any write still queued).
    void discard(std::shared_ptr<PartialFile> file);
    // Up to `length` bytes from `offset`; nullopt when the file is missing.
    QFuture<std::optional<Chunk>> read(QString sha256, qint64 offset, qint64 length);

    QString rootDir() const { return m_root; }
    QString contentPath(const QString &sha256) const;

private:
    template <typename Result> QFuture<Result> post(std::function<Result()> work);

    QString m_root;
    std::unique_ptr<QThreadPool> m_thread;
};

} // namespace ccr::server

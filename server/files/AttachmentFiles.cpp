#include "AttachmentFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPromise>
#include <QThreadPool>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

Q_LOGGING_CATEGORY(lcFiles, "ccr.server.files")

namespace ccr::server {

using namespace Qt::StringLiterals;

struct PartialFile
{
    explicit PartialFile(QString path)
        : file(std::move(path))
    {
    }
    QFile file;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    bool failed = false;
    bool opened = false;
};

namespace {

QString tempDir(const QString &root)
{
    return root + u"/tmp"_s;
}

bool openOnce(PartialFile &partial)
{
    if (partial.opened)
        return partial.file.isOpen();
    partial.opened = true;
    if (!partial.file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcFiles) << "cannot create" << partial.file.fileName() << partial.file.errorString();
        return false;
    }
    return true;
}

void removePartial(PartialFile &partial)
{
    partial.file.close();
    if (partial.opened && QFile::exists(partial.file.fileName()) && !QFile::remove(partial.file.fileName()))
        qCWarning(lcFiles) << "cannot remove" << partial.file.fileName();
}

// A rename is durable only once the folder that holds the new name is.
bool syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

AttachmentFiles::AttachmentFiles(QString rootDir)
    : m_root(std::move(rootDir))
    , m_thread(std::make_unique<QThreadPool>())
{
    m_thread->setMaxThreadCount(1);
    m_thread->setExpiryTimeout(-1);
}

AttachmentFiles::~AttachmentFiles()
{
    m_thread->waitForDone();
}

template <typename Result> QFuture<Result> AttachmentFiles::post(std::function<Result()> work)
{
    // A QPromise rather than QtConcurrent::run, for the reason Database
    // gives: nothing may run this work on a waiting thread out of order.
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    m_thread->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

QString AttachmentFiles::prepareBlocking()
{
    QDir temp(tempDir(m_root));
    if (!QDir().mkpath(temp.path()))
        return u"Cannot create %1."_s.arg(temp.path());
    const auto leftovers = temp.entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const auto &leftover : leftovers) {
        if (!QFile::remove(leftover.filePath()))
            return u"Cannot remove the unfinished upload %1."_s.arg(leftover.filePath());
    }
    if (!leftovers.isEmpty())
        qCInfo(lcFiles) << "removed" << leftovers.size() << "unfinished uploads";
    return {};
}

std::shared_ptr<PartialFile> AttachmentFiles::newPartial(const QString &uploadId) const
{
    return std::make_shared<PartialFile>(tempDir(m_root) + u'/' + uploadId + u".part"_s);
}

QString AttachmentFiles::contentPath(const QString &sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256;
}

QFuture<bool> AttachmentFiles::append(std::shared_ptr<PartialFile> file, QByteArray data)
{
    return post<bool>([file, data] {
        PartialFile &partial = *file;
        if (partial.failed || !openOnce(partial) || partial.file.write(data) != data.size()) {
            if (!partial.failed)
                qCWarning(lcFiles) << "cannot write" << partial.file.fileName() << partial.file.errorString();
            partial.failed = true;
            return false;
        }
        partial.hash.addData(data);
        return true;
    });
}

QFuture<AttachmentFiles::Placed> AttachmentFiles::place(std::shared_ptr<PartialFile> file, QString expectedSha256)
{
    return post<Placed>([this, file, expectedSha256] {
        PartialFile &partial = *file;
        if (partial.failed || !openOnce(partial) || !partial.file.flush()) {
            removePartial(partial);
            return Placed::Failed;
        }
        const QString sha256 = QString::fromLatin1(partial.hash.result().toHex());
        if (sha256 != expectedSha256) {
            removePartial(partial);
            return Placed::HashMismatch;
        }
        const bool synced = ::fsync(partial.file.handle()) == 0;
        partial.file.close();
        const QString target = contentPath(sha256);
        const QString folder = QFileInfo(target).path();
        if (QFile::exists(target)) {
            removePartial(partial); // the same bytes are stored already
            return Placed::Stored;
        }
        if (!synced || !QDir().mkpath(folder)
            || std::rename(QFile::encodeName(partial.file.fileName()).constData(),
                           QFile::encodeName(target).constData())
                   != 0
            || !syncDirectory(folder)) {
            qCWarning(lcFiles) << "cannot store" << target;
            removePartial(partial);
            return Placed::Failed;
        }
        return Placed::Stored;
    });
}

void AttachmentFiles::discard(std::shared_ptr<PartialFile> file)
{
    post<bool>([file] {
        removePartial(*file);
        return true;
    });
}

QFuture<std::optional<AttachmentFiles::Chunk>> AttachmentFiles::read(QString sha256, qint64 offset, qint64 length)
{
    return post<std::optional<Chunk>>([this, sha256, offset, length]() -> std::optional<Chunk> {
        QFile file(contentPath(sha256));
        if (!file.open(QIODevice::ReadOnly) || !file.seek(std::min(offset, file.size()))) {
            qCWarning(lcFiles) << "cannot read" << file.fileName() << file.errorString();
            return std::nullopt;
        }
        Chunk chunk{file.read(length), file.size()};
        return chunk;
    });
}

} // namespace ccr::server

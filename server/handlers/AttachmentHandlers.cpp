#include "AttachmentHandlers.h"

#include "Params.h"
#include "TicketAccess.h"

#include <files/AttachmentFiles.h>
#include <files/UploadTracker.h>
#include <net/ClientSession.h>
#include <store/AttachmentRecords.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>
#include <store/Transaction.h>
#include <validation/AttachmentRules.h>

#include <QRegularExpression>

#include <limits>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

namespace {

constexpr qint64 kMaxId = std::numeric_limits<qint64>::max() / 2;
// Base64 of a full chunk, with room to spare; anything longer is refused
// before it is decoded.
constexpr qsizetype kMaxChunkText = AttachmentLimits::chunkBytes / 3 * 4 + 8;

Reply noSuchUpload()
{
    // Unknown, finished, cancelled, timed out, or someone else's: all alike.
    return Reply::failure(ErrorCode::NotFound, u"There is no such upload in progress on this connection."_s,
                          u"uploadId"_s);
}

Reply noSuchAttachment()
{
    return Reply::failure(ErrorCode::NotFound, u"There is no such attachment."_s, u"attachmentId"_s);
}

Reply missing(const QString &field)
{
    return Reply::failure(ErrorCode::InvalidParams, u"'%1' is required."_s.arg(field), field);
}

// Customers see files on their own tickets: those on chat messages, and
// their own not yet sent. Files on internal notes are staff only.
bool maySeeAttachment(const domain::UserProfile &viewer, const domain::TicketSummary &ticket, const AttachmentRow &row)
{
    if (!maySee(viewer, ticket))
        return false;
    if (domain::isStaff(viewer.role))
        return true;
    return row.messageId == 0 ? row.uploaderId == viewer.id : row.messageKind == u"chat";
}

struct BeginCheck
{
    bool visible = false;
    bool closed = false;
    int unclaimed = 0;
};

} // namespace

QCoro::Task<Reply> AttachmentBeginHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 ticketId = params.optionalInteger(u"ticketId"_s, 1, kMaxId, 0);
    const QString fileName = params.requiredString(u"fileName"_s, 1024);
    const QString mimeType = params.requiredString(u"mimeType"_s, 255).toLower();
    const qint64 size = params.optionalInteger(u"size"_s, 0, kMaxId, -1);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (ticketId == 0)
        co_return missing(u"ticketId"_s);
    if (size < 0)
        co_return missing(u"size"_s);
    if (!validation::isValidAttachmentName(fileName))
        co_return Reply::failure(ErrorCode::ValidationFailed,
                                 u"A file name has 1 to 255 bytes, no '/' or '\\', no control characters, "
                                 "and is not '.' or '..'."_s,
                                 u"fileName"_s);
    if (!validation::isValidMimeType(mimeType))
        co_return Reply::failure(ErrorCode::ValidationFailed, u"The type must look like 'image/png'."_s, u"mimeType"_s);
    UploadTracker &uploads = context.services->uploads;
    const AttachmentLimits limits = uploads.limits();
    if (size > limits.maxBytes)
        co_return Reply::failure(ErrorCode::LimitExceeded,
                                 u"Attachments are limited to %1 bytes."_s.arg(limits.maxBytes), u"size"_s);
    if (!context.connection)
        co_return storeFailure(); // the client left; nobody reads this
    if (uploads.countOn(context.connection) >= limits.maxUploadsPerConnection)
        co_return Reply::failure(ErrorCode::LimitExceeded, u"At most %1 uploads at once on one connection."_s.arg(
                                                               limits.maxUploadsPerConnection));

    const domain::UserProfile user = context.user();
    auto checking = context.services->db.query<BeginCheck>([ticketId, user](QSqlDatabase &db) {
        BeginCheck check;
        const auto ticket = loadTicketSummary(db, ticketId);
        if (!ticket || !maySee(user, *ticket))
            return check;
        check.visible = true;
        check.closed = ticket->status == domain::TicketStatus::Closed;
        // A store failure counts as full: better refuse than exceed.
        check.unclaimed = countUnclaimedAttachments(db, ticketId, user.id).value_or(std::numeric_limits<int>::max());
        return check;
    });
    const std::optional<BeginCheck> check = co_await checking;
    if (!check)
        co_return storeFailure();
    if (!check->visible)
        co_return noSuchTicket();
    if (check->closed)
        co_return Reply::failure(ErrorCode::TicketClosed, u"The ticket is closed; reopen it to add files."_s,
                                 u"ticketId"_s);
    // Counted again after the wait: other requests ran meanwhile.
    if (!context.connection)
        co_return storeFailure();
    if (uploads.countOn(context.connection) >= limits.maxUploadsPerConnection)
        co_return Reply::failure(ErrorCode::LimitExceeded, u"At most %1 uploads at once on one connection."_s.arg(
                                                               limits.maxUploadsPerConnection));
    if (qint64(check->unclaimed) + uploads.countFor(user.id, ticketId) >= limits.maxPerMessage)
        co_return Reply::failure(
            ErrorCode::LimitExceeded,
            u"At most %1 files go with one message; send the message first."_s.arg(limits.maxPerMessage),
            u"ticketId"_s);
    const auto upload = uploads.start(context.connection, user.id, ticketId, fileName, mimeType, size);
    co_return Reply::success({{u"uploadId"_s, upload->id}, {u"chunkSize"_s, AttachmentLimits::chunkBytes}});
}

QCoro::Task<Reply> AttachmentChunkHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString uploadId = params.requiredString(u"uploadId"_s, 64);
    const qint64 offset = params.optionalInteger(u"offset"_s, 0, kMaxId, -1);
    const QString text = params.requiredString(u"data"_s, kMaxChunkText);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (offset < 0)
        co_return missing(u"offset"_s);
    auto decoding = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoding || decoding.decoded.isEmpty())
        co_return Reply::failure(ErrorCode::InvalidParams, u"'data' must be non-empty base64."_s, u"data"_s);
    const QByteArray data = std::move(decoding.decoded);
    if (data.size() > AttachmentLimits::chunkBytes)
        co_return Reply::failure(ErrorCode::LimitExceeded,
                                 u"A chunk carries at most %1 bytes."_s.arg(AttachmentLimits::chunkBytes), u"data"_s);

    UploadTracker &uploads = context.services->uploads;
    const auto upload = uploads.find(uploadId, context.connection, context.user().id);
    if (!upload)
        co_return noSuchUpload();
    if (offset != upload->accepted)
        co_return Reply::failure(ErrorCode::OffsetMismatch,
                                 u"Expected offset %1, got %2."_s.arg(upload->accepted).arg(offset), u"offset"_s);
    if (upload->accepted + data.size() > upload->size)
        co_return Reply::failure(ErrorCode::LimitExceeded,
                                 u"The file would grow beyond the %1 bytes announced."_s.arg(upload->size), u"data"_s);
    // Accepted now, so a pipelined next chunk finds the right offset; the
    // file thread writes chunks in the order they were accepted.
    upload->accepted += data.size();
    ++upload->writing;
    upload->lastActivityMs = nowMs();
    auto writing = uploads.files().append(upload->file, data);
    const bool written = co_await writing;
    --upload->writing;
    upload->lastActivityMs = nowMs();
    if (!written) {
        uploads.abandon(uploadId);
        co_return Reply::failure(ErrorCode::InternalError, u"The server could not store the file; start again."_s);
    }
    co_return Reply::success({{u"received"_s, offset + data.size()}});
}

QCoro::Task<Reply> AttachmentFinishHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString uploadId = params.requiredString(u"uploadId"_s, 64);
    const QString sha256 = params.requiredString(u"sha256"_s, 64).toLower();
    if (auto error = params.error())
        co_return Reply::failure(*error);
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (!hex.match(sha256).hasMatch())
        co_return Reply::failure(ErrorCode::InvalidParams, u"'sha256' is 64 hexadecimal digits."_s, u"sha256"_s);

    UploadTracker &uploads = context.services->uploads;
    const auto upload = uploads.find(uploadId, context.connection, context.user().id);
    if (!upload)
        co_return noSuchUpload();
    if (upload->accepted != upload->size)
        co_return Reply::failure(
            ErrorCode::ValidationFailed,
            u"Only %1 of the %2 bytes announced have arrived."_s.arg(upload->accepted).arg(upload->size), u"size"_s);
    // From here the upload is this request's alone: no more chunks, and a
    // disconnect no longer removes the file (placing does, if it fails).
    uploads.release(uploadId);
    auto placing = uploads.files().place(upload->file, sha256);
    const AttachmentFiles::Placed placed = co_await placing;
    if (placed == AttachmentFiles::Placed::HashMismatch)
        co_return Reply::failure(ErrorCode::ChecksumMismatch,
                                 u"The bytes received do not have that SHA-256; the upload is discarded."_s,
                                 u"sha256"_s);
    if (placed == AttachmentFiles::Placed::Failed)
        co_return Reply::failure(ErrorCode::InternalError, u"The server could not store the file; start again."_s);

    AttachmentRow row;
    row.ticketId = upload->ticketId;
    row.uploaderId = upload->userId;
    row.fileName = upload->fileName;
    row.mimeType = upload->mimeType;
    row.size = upload->size;
    row.sha256 = sha256;
    const domain::UserProfile user = context.user();
    // The stored file may stay without a row (a ticket gone from view, a
    // store failure): harmless, since a file is only reached through a row.
    auto recording = context.write([row, user](QSqlDatabase &db) mutable {
        const auto ticket = loadTicketSummary(db, row.ticketId);
        if (!ticket || !maySee(user, *ticket))
            return Outcome::of(noSuchTicket());
        Transaction transaction(db);
        const auto id = insertAttachment(db, row);
        if (!id || !transaction.commit())
            return Outcome::of(storeFailure());
        row.id = *id;
        return Outcome::of(Reply::success({{u"attachment"_s, attachmentJson(row)}}));
    });
    co_return co_await recording;
}

QCoro::Task<Reply> AttachmentCancelHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString uploadId = params.requiredString(u"uploadId"_s, 64);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    UploadTracker &uploads = context.services->uploads;
    if (!uploads.find(uploadId, context.connection, context.user().id))
        co_return noSuchUpload();
    uploads.abandon(uploadId);
    co_return Reply::success();
}

QCoro::Task<Reply> AttachmentDownloadHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 attachmentId = params.optionalInteger(u"attachmentId"_s, 1, kMaxId, 0);
    const qint64 offset = params.optionalInteger(u"offset"_s, 0, kMaxId, 0);
    const qint64 length =
        params.optionalInteger(u"length"_s, 1, AttachmentLimits::chunkBytes, AttachmentLimits::chunkBytes);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (attachmentId == 0)
        co_return missing(u"attachmentId"_s);

    const domain::UserProfile viewer = context.user();
    auto loading = context.services->db.query<std::optional<AttachmentRow>>([attachmentId, viewer](QSqlDatabase &db) {
        auto row = loadAttachment(db, attachmentId);
        const auto ticket = row ? loadTicketSummary(db, row->ticketId) : std::nullopt;
        if (!ticket || !maySeeAttachment(viewer, *ticket, *row))
            return std::optional<AttachmentRow>();
        return row;
    });
    const std::optional<std::optional<AttachmentRow>> loaded = co_await loading;
    if (!loaded)
        co_return storeFailure();
    if (!*loaded)
        co_return noSuchAttachment();
    const AttachmentRow row = **loaded;
    if (offset > row.size)
        co_return Reply::failure(ErrorCode::InvalidParams,
                                 u"'offset' is beyond the end of the file (%1 bytes)."_s.arg(row.size), u"offset"_s);
    auto reading = context.services->uploads.files().read(row.sha256, offset, length);
    const std::optional<AttachmentFiles::Chunk> chunk = co_await reading;
    if (!chunk)
        co_return Reply::failure(ErrorCode::InternalError, u"The server cannot read this file."_s);
    co_return Reply::success({{u"data"_s, QString::fromLatin1(chunk->data.toBase64())},
                              {u"size"_s, row.size},
                              {u"eof"_s, offset + chunk->data.size() >= row.size},
                              {u"fileName"_s, row.fileName},
                              {u"mimeType"_s, row.mimeType}});
}

} // namespace ccr::server

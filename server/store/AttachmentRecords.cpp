#include "AttachmentRecords.h"

#include "Sql.h"

#include <QSqlDatabase>
#include <QVariant>

namespace ccr::server {

using namespace Qt::StringLiterals;

QJsonObject attachmentJson(const AttachmentRow &row)
{
    return {{u"id"_s, row.id}, {u"fileName"_s, row.fileName}, {u"mimeType"_s, row.mimeType}, {u"size"_s, row.size}};
}

std::optional<int> countUnclaimedAttachments(QSqlDatabase &db, qint64 ticketId, qint64 uploaderId)
{
    QSqlQuery query = prepare(db, u"SELECT COUNT(*) FROM attachments "
                                  "WHERE ticket_id = ? AND uploader_id = ? AND message_id IS NULL"_s);
    query.addBindValue(ticketId);
    query.addBindValue(uploaderId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

std::optional<qint64> insertAttachment(QSqlDatabase &db, const AttachmentRow &row)
{
    QSqlQuery query = prepare(db, u"INSERT INTO attachments "
                                  "(ticket_id, uploader_id, file_name, mime_type, size, sha256, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(row.ticketId);
    query.addBindValue(row.uploaderId);
    query.addBindValue(row.fileName);
    query.addBindValue(row.mimeType);
    query.addBindValue(row.size);
    query.addBindValue(row.sha256);
    query.addBindValue(nowMs());
    if (!exec(query))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

std::optional<AttachmentRow> loadAttachment(QSqlDatabase &db, qint64 attachmentId)
{
    QSqlQuery query = prepare(db, u"SELECT a.id, a.ticket_id, COALESCE(a.message_id, 0), a.uploader_id, a.file_name, "
                                  "a.mime_type, a.size, a.sha256, COALESCE(m.kind, '') "
                                  "FROM attachments a LEFT JOIN messages m ON m.id = a.message_id WHERE a.id = ?"_s);
    query.addBindValue(attachmentId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    AttachmentRow row;
    row.id = query.value(0).toLongLong();
    row.ticketId = query.value(1).toLongLong();
    row.messageId = query.value(2).toLongLong();
    row.uploaderId = query.value(3).toLongLong();
    row.fileName = query.value(4).toString();
    row.mimeType = query.value(5).toString();
    row.size = query.value(6).toLongLong();
    row.sha256 = query.value(7).toString();
    row.messageKind = query.value(8).toString();
    return row;
}

} // namespace ccr::server

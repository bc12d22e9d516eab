#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// One row of `attachments`: a finished upload on a ticket, claimed by a
// message (messageId) or still waiting for one (0).
struct AttachmentRow
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 messageId = 0;
    qint64 uploaderId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QString messageKind; // "chat" or "note" once claimed; empty before
};

// What messages carry: {id, fileName, mimeType, size}.
QJsonObject attachmentJson(const AttachmentRow &row);

// Finished uploads of this user on this ticket that no message has claimed.
std::optional<int> countUnclaimedAttachments(QSqlDatabase &db, qint64 ticketId, qint64 uploaderId);
// Inserts an unclaimed row; its id.
std::optional<qint64> insertAttachment(QSqlDatabase &db, const AttachmentRow &row);
std::optional<AttachmentRow> loadAttachment(QSqlDatabase &db, qint64 attachmentId);

} // namespace ccr::server

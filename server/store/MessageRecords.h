#pragma once

#include <domain/Role.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// Chat is between the customer and staff; a note is staff only and never
// leaves the server towards a customer (not in lists, events, replays, mail).
enum class MessageKind
{
    Chat,
    Note
};
QString messageKindName(MessageKind kind);
std::optional<MessageKind> messageKindFromName(const QString &name);

struct MessageAttachment
{
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;

    QJsonObject toJson() const;
};

// One message as lists, events and mails need it (author's name and role joined).
struct MessageRecord
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 authorId = 0;
    QString authorName;
    domain::Role authorRole = domain::Role::Customer;
    MessageKind kind = MessageKind::Chat;
    QString body;
    qint64 createdAtMs = 0;
    QList<MessageAttachment> attachments;

    // The wire's message JSON (docs/protocol.md, "Message").
    QJsonObject toJson() const;
};

std::optional<qint64> insertMessage(QSqlDatabase &db, qint64 ticketId, qint64 authorId, MessageKind kind,
                                    const QString &body);
// Gives finished uploads to a message: only the uploader's own, on this
// ticket, not yet claimed. Returns how many rows it claimed (the caller
// compares with the ids it was given and rolls back on a mismatch).
std::optional<qsizetype> claimAttachments(QSqlDatabase &db, qint64 messageId, const QList<qint64> &attachmentIds,
                                          qint64 uploaderId, qint64 ticketId);
std::optional<MessageRecord> loadMessage(QSqlDatabase &db, qint64 messageId);

struct MessagePage
{
    QList<MessageRecord> messages; // newest first
    bool hasMore = false;
};
// beforeId 0: from the newest. chatOnly: what a customer may see.
std::optional<MessagePage> listMessages(QSqlDatabase &db, qint64 ticketId, qint64 beforeId, int limit, bool chatOnly);
// Chat messages on a ticket after `afterId` by anyone but `readerId`, oldest
// first, at most `limit` (the offline mail's content).
std::optional<QList<MessageRecord>> chatMessagesFor(QSqlDatabase &db, qint64 ticketId, qint64 readerId, qint64 fromId,
                                                    qint64 afterId, int limit);

// SLA: the first staff chat answer. *set tells whether this call set it.
bool markFirstResponse(QSqlDatabase &db, qint64 ticketId, qint64 atMs, bool *set);

// Read state: moves the user's marker forward only; *advanced false when the
// marker was already at or beyond messageId.
bool advanceReadMarker(QSqlDatabase &db, qint64 ticketId, qint64 userId, qint64 messageId, bool *advanced);
// The newest message each user has read on the ticket; 0 when none.
std::optional<qint64> readMarkerOf(QSqlDatabase &db, qint64 ticketId, qint64 userId);
// [{userId, userName, lastReadMessageId}]. chatOnly: markers are clamped to
// the newest chat message at or below them, so a note's id never shows.
std::optional<QJsonArray> readMarkers(QSqlDatabase &db, qint64 ticketId, bool chatOnly);

} // namespace ccr::server

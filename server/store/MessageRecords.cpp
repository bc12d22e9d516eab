#include "MessageRecords.h"

#include "Sql.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

const QString kSelectMessage =
    u"SELECT m.id, m.ticket_id, m.author_id, u.first_name || ' ' || u.last_name, u.role, m.kind, m.body, "
    "m.created_at FROM messages m JOIN users u ON u.id = m.author_id "_s;

MessageRecord readMessage(const QSqlQuery &query)
{
    MessageRecord message;
    message.id = query.value(0).toLongLong();
    message.ticketId = query.value(1).toLongLong();
    message.authorId = query.value(2).toLongLong();
    message.authorName = query.value(3).toString();
    message.authorRole = domain::roleFromName(query.value(4).toString()).value_or(domain::Role::Customer);
    message.kind = messageKindFromName(query.value(5).toString()).value_or(MessageKind::Note);
    message.body = query.value(6).toString();
    message.createdAtMs = query.value(7).toLongLong();
    return message;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

// One query for the attachments of a whole page.
bool attachFiles(QSqlDatabase &db, QList<MessageRecord> &messages)
{
    if (messages.isEmpty())
        return true;
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < messages.size(); ++i)
        indexById.insert(messages[i].id, i);
    QSqlQuery query = prepare(db, u"SELECT message_id, id, file_name, mime_type, size FROM attachments "
                                  "WHERE message_id IN (%1) ORDER BY id"_s.arg(placeholders(messages.size())));
    for (const auto &message : std::as_const(messages))
        query.addBindValue(message.id);
    if (!exec(query))
        return false;
    while (query.next()) {
        const qsizetype index = indexById.value(query.value(0).toLongLong(), -1);
        if (index >= 0)
            messages[index].attachments.append({query.value(1).toLongLong(), query.value(2).toString(),
                                                query.value(3).toString(), query.value(4).toLongLong()});
    }
    return true;
}

std::optional<QList<MessageRecord>> runMessageQuery(QSqlDatabase &db, QSqlQuery &query)
{
    if (!exec(query))
        return std::nullopt;
    QList<MessageRecord> messages;
    while (query.next())
        messages.append(readMessage(query));
    if (!attachFiles(db, messages))
        return std::nullopt;
    return messages;
}

} // namespace

QString messageKindName(MessageKind kind)
{
    return kind == MessageKind::Chat ? u"chat"_s : u"note"_s;
}

std::optional<MessageKind> messageKindFromName(const QString &name)
{
    if (name == u"chat")
        return MessageKind::Chat;
    if (name == u"note")
        return MessageKind::Note;
    return std::nullopt;
}

QJsonObject MessageAttachment::toJson() const
{
    return {{u"id"_s, id}, {u"fileName"_s, fileName}, {u"mimeType"_s, mimeType}, {u"size"_s, size}};
}

QJsonObject MessageRecord::toJson() const
{
    QJsonArray files;
    for (const auto &attachment : attachments)
        files.append(attachment.toJson());
    return {{u"id"_s, id},
            {u"ticketId"_s, ticketId},
            {u"authorId"_s, authorId},
            {u"authorName"_s, authorName},
            {u"authorRole"_s, domain::roleName(authorRole)},
            {u"kind"_s, messageKindName(kind)},
            {u"body"_s, body},
            {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {u"attachments"_s, files}};
}

std::optional<qint64> insertMessage(QSqlDatabase &db, qint64 ticketId, qint64 authorId, MessageKind kind,
                                    const QString &body)
{
    QSqlQuery insert =
        prepare(db, u"INSERT INTO messages (ticket_id, author_id, kind, body, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    insert.addBindValue(ticketId);
    insert.addBindValue(authorId);
    insert.addBindValue(messageKindName(kind));
    insert.addBindValue(body);
    insert.addBindValue(nowMs());
    if (!exec(insert))
        return std::nullopt;
    return insert.lastInsertId().toLongLong();
}

std::optional<qsizetype> claimAttachments(QSqlDatabase &db, qint64 messageId, const QList<qint64> &attachmentIds,
                                          qint64 uploaderId, qint64 ticketId)
{
    if (attachmentIds.isEmpty())
        return 0;
    QSqlQuery claim = prepare(db, u"UPDATE attachments SET message_id = ? WHERE id IN (%1) AND message_id IS NULL "
                                  "AND uploader_id = ? AND ticket_id = ?"_s.arg(placeholders(attachmentIds.size())));
    claim.addBindValue(messageId);
    for (qint64 id : attachmentIds)
        claim.addBindValue(id);
    claim.addBindValue(uploaderId);
    claim.addBindValue(ticketId);
    if (!exec(claim))
        return std::nullopt;
    return claim.numRowsAffected();
}

std::optional<MessageRecord> loadMessage(QSqlDatabase &db, qint64 messageId)
{
    QSqlQuery query = prepare(db, kSelectMessage + u"WHERE m.id = ?"_s);
    query.addBindValue(messageId);
    const auto found = runMessageQuery(db, query);
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

std::optional<MessagePage> listMessages(QSqlDatabase &db, qint64 ticketId, qint64 beforeId, int limit, bool chatOnly)
{
    QString sql = kSelectMessage + u"WHERE m.ticket_id = ?"_s;
    if (beforeId > 0)
        sql += u" AND m.id < ?"_s;
    if (chatOnly)
        sql += u" AND m.kind = 'chat'"_s;
    sql += u" ORDER BY m.id DESC LIMIT ?"_s;
    QSqlQuery query = prepare(db, sql);
    query.addBindValue(ticketId);
    if (beforeId > 0)
        query.addBindValue(beforeId);
    query.addBindValue(limit + 1); // one more tells whether another page exists
    auto found = runMessageQuery(db, query);
    if (!found)
        return std::nullopt;
    MessagePage page;
    page.hasMore = found->size() > limit;
    if (page.hasMore)
        found->removeLast();
    page.messages = std::move(*found);
    return page;
}

std::optional<QList<MessageRecord>> chatMessagesFor(QSqlDatabase &db, qint64 ticketId, qint64 readerId, qint64 fromId,
                                                    qint64 afterId, int limit)
{
    QSqlQuery query = prepare(db, kSelectMessage
                                      + u"WHERE m.ticket_id = ? AND m.kind = 'chat' AND m.author_id <> ? "
                                        "AND m.id >= ? AND m.id > ? ORDER BY m.id LIMIT ?"_s);
    query.addBindValue(ticketId);
    query.addBindValue(readerId);
    query.addBindValue(fromId);
    query.addBindValue(afterId);
    query.addBindValue(limit);
    return runMessageQuery(db, query);
}

bool markFirstResponse(QSqlDatabase &db, qint64 ticketId, qint64 atMs, bool *set)
{
    QSqlQuery update =
        prepare(db, u"UPDATE tickets SET first_responded_at = ? WHERE id = ? AND first_responded_at IS NULL"_s);
    update.addBindValue(atMs);
    update.addBindValue(ticketId);
    if (!exec(update))
        return false;
    *set = update.numRowsAffected() == 1;
    return true;
}

bool advanceReadMarker(QSqlDatabase &db, qint64 ticketId, qint64 userId, qint64 messageId, bool *advanced)
{
    QSqlQuery upsert = prepare(db, u"INSERT INTO ticket_reads (ticket_id, user_id, last_read_message_id) "
                                   "VALUES (?, ?, ?) ON CONFLICT (ticket_id, user_id) DO UPDATE "
                                   "SET last_read_message_id = excluded.last_read_message_id "
                                   "WHERE excluded.last_read_message_id > ticket_reads.last_read_message_id"_s);
    upsert.addBindValue(ticketId);
    upsert.addBindValue(userId);
    upsert.addBindValue(messageId);
    if (!exec(upsert))
        return false;
    *advanced = upsert.numRowsAffected() == 1;
    return true;
}

std::optional<qint64> readMarkerOf(QSqlDatabase &db, qint64 ticketId, qint64 userId)
{
    QSqlQuery query =
        prepare(db, u"SELECT last_read_message_id FROM ticket_reads WHERE ticket_id = ? AND user_id = ?"_s);
    query.addBindValue(ticketId);
    query.addBindValue(userId);
    if (!exec(query))
        return std::nullopt;
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<QJsonArray> readMarkers(QSqlDatabase &db, qint64 ticketId, bool chatOnly)
{
    const QString marker = chatOnly ? u"(SELECT MAX(m.id) FROM messages m WHERE m.ticket_id = r.ticket_id "
                                      "AND m.kind = 'chat' AND m.id <= r.last_read_message_id)"_s
                                    : u"r.last_read_message_id"_s;
    QSqlQuery query =
        prepare(db, u"SELECT r.user_id, u.first_name || ' ' || u.last_name, %1 FROM ticket_reads r "
                    "JOIN users u ON u.id = r.user_id WHERE r.ticket_id = ? ORDER BY r.user_id"_s.arg(marker));
    query.addBindValue(ticketId);
    if (!exec(query))
        return std::nullopt;
    QJsonArray markers;
    while (query.next()) {
        if (query.value(2).isNull())
            continue;
        markers.append(QJsonObject{{u"userId"_s, query.value(0).toLongLong()},
                                   {u"userName"_s, query.value(1).toString()},
                                   {u"lastReadMessageId"_s, query.value(2).toLongLong()}});
    }
    return markers;
}

} // namespace ccr::server

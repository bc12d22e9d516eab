#pragma once

#include <QList>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// Offline chat mail waiting to be batched: one row per recipient and ticket,
// from the first message they missed. Written in the message's transaction,
// flushed by ChatMailBatcher.
struct PendingChatMail
{
    qint64 userId = 0;
    qint64 ticketId = 0;
    qint64 firstMessageId = 0;
    qint64 dueAtMs = 0;
};

// Starts a batch unless one is already waiting: the first missed message
// fixes when the mail goes, so a lively chat cannot postpone it for ever.
bool queueChatMail(QSqlDatabase &db, qint64 userId, qint64 ticketId, qint64 messageId, qint64 dueAtMs);
std::optional<QList<PendingChatMail>> dueChatMails(QSqlDatabase &db, qint64 nowMs, int limit);
bool deleteChatMail(QSqlDatabase &db, qint64 userId, qint64 ticketId);

} // namespace ccr::server

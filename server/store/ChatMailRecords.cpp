#include "ChatMailRecords.h"

#include "Sql.h"

#include <QSqlDatabase>
#include <QVariant>

namespace ccr::server {

using namespace Qt::StringLiterals;

bool queueChatMail(QSqlDatabase &db, qint64 userId, qint64 ticketId, qint64 messageId, qint64 dueAtMs)
{
    QSqlQuery insert = prepare(db, u"INSERT INTO chat_mail_pending (user_id, ticket_id, first_message_id, due_at) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (user_id, ticket_id) DO NOTHING"_s);
    insert.addBindValue(userId);
    insert.addBindValue(ticketId);
    insert.addBindValue(messageId);
    insert.addBindValue(dueAtMs);
    return exec(insert);
}

std::optional<QList<PendingChatMail>> dueChatMails(QSqlDatabase &db, qint64 nowMs, int limit)
{
    QSqlQuery query = prepare(db, u"SELECT user_id, ticket_id, first_message_id, due_at FROM chat_mail_pending "
                                  "WHERE due_at <= ? ORDER BY due_at LIMIT ?"_s);
    query.addBindValue(nowMs);
    query.addBindValue(limit);
    if (!exec(query))
        return std::nullopt;
    QList<PendingChatMail> due;
    while (query.next())
        due.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                    query.value(3).toLongLong()});
    return due;
}

bool deleteChatMail(QSqlDatabase &db, qint64 userId, qint64 ticketId)
{
    QSqlQuery remove = prepare(db, u"DELETE FROM chat_mail_pending WHERE user_id = ? AND ticket_id = ?"_s);
    remove.addBindValue(userId);
    remove.addBindValue(ticketId);
    return exec(remove);
}

} // namespace ccr::server

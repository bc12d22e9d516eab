#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ccr::client {

// A file attached to a message, as message JSON and attachment.finish carry it.
struct ChatAttachment
{
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;

    bool isImage() const { return mimeType.startsWith(QLatin1String("image/")); }
    static ChatAttachment fromJson(const QJsonObject &json);
    bool operator==(const ChatAttachment &) const = default;
};

// One chat message or internal note on a ticket (the server's message JSON).
struct ChatMessage
{
    enum class Kind
    {
        Chat,
        Note // staff only: the server never sends one to a customer
    };

    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 authorId = 0;
    QString authorName;
    QString authorRole;
    Kind kind = Kind::Chat;
    QString body;
    QDateTime createdAt;
    QList<ChatAttachment> attachments;

    bool isNote() const { return kind == Kind::Note; }
    static ChatMessage fromJson(const QJsonObject &json);
    bool operator==(const ChatMessage &) const = default;
};

} // namespace ccr::client

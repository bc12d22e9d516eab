#include "ChatMessage.h"

#include <QJsonArray>

namespace ccr::client {

using namespace Qt::StringLiterals;

ChatAttachment ChatAttachment::fromJson(const QJsonObject &json)
{
    ChatAttachment attachment;
    attachment.id = json.value(u"id"_s).toInteger();
    attachment.fileName = json.value(u"fileName"_s).toString();
    attachment.mimeType = json.value(u"mimeType"_s).toString();
    attachment.size = json.value(u"size"_s).toInteger();
    return attachment;
}

ChatMessage ChatMessage::fromJson(const QJsonObject &json)
{
    ChatMessage message;
    message.id = json.value(u"id"_s).toInteger();
    message.ticketId = json.value(u"ticketId"_s).toInteger();
    message.authorId = json.value(u"authorId"_s).toInteger();
    message.authorName = json.value(u"authorName"_s).toString();
    message.authorRole = json.value(u"authorRole"_s).toString();
    message.kind = json.value(u"kind"_s).toString() == u"note"_s ? Kind::Note : Kind::Chat;
    message.body = json.value(u"body"_s).toString();
    message.createdAt = QDateTime::fromString(json.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    for (const auto &value : json.value(u"attachments"_s).toArray())
        message.attachments.append(ChatAttachment::fromJson(value.toObject()));
    return message;
}

} // namespace ccr::client

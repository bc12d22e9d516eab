#include "MessageHandlers.h"

#include "Params.h"
#include "TicketAccess.h"

#include <app/ServerConfig.h>
#include <net/EventHub.h>
#include <protocol/Messages.h>
#include <store/ChatMailRecords.h>
#include <store/EventRecords.h>
#include <store/MessageRecords.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>
#include <store/Transaction.h>
#include <validation/Rules.h>

#include <QJsonArray>
#include <QSet>

namespace ccr::server {

using namespace Qt::StringLiterals;
using domain::TicketStatus;
using protocol::ErrorCode;
using protocol::Reply;

namespace {

constexpr qint64 kMaxId = std::numeric_limits<qint64>::max() / 2;
constexpr int kMaxPage = 100;
constexpr qint64 kTypingIntervalMs = 2000;

Reply ticketClosed()
{
    return Reply::failure(ErrorCode::TicketClosed, u"This ticket is closed; reopen it to write again."_s,
                          u"ticketId"_s);
}

Reply noSuchMessage()
{
    return Reply::failure(ErrorCode::NotFound, u"There is no such message on this ticket."_s, u"messageId"_s);
}

// attachmentIds: absent, or an array of distinct positive integers, at most
// --attachment-max-per-message of them.
std::optional<QList<qint64>> readAttachmentIds(const QJsonObject &json, int maxFiles,
                                               std::optional<protocol::ApiError> *error)
{
    const QJsonValue value = json.value(u"attachmentIds"_s);
    if (value.isUndefined() || value.isNull())
        return QList<qint64>{};
    const auto fail = [error](const QString &message) {
        *error = protocol::ApiError{ErrorCode::InvalidParams, message, u"attachmentIds"_s, {}};
        return std::nullopt;
    };
    if (!value.isArray())
        return fail(u"'attachmentIds' must be an array of attachment ids."_s);
    const QJsonArray array = value.toArray();
    if (array.size() > maxFiles)
        return fail(u"At most %1 files go with one message."_s.arg(maxFiles));
    QList<qint64> ids;
    for (const auto &item : array) {
        const double number = item.toDouble(-1);
        const qint64 id = qint64(number);
        if (!item.isDouble() || double(id) != number || id < 1 || id > kMaxId)
            return fail(u"'attachmentIds' must hold positive integers."_s);
        if (ids.contains(id))
            return fail(u"Attachment %1 is listed twice."_s.arg(id));
        ids.append(id);
    }
    return ids;
}

QCoro::Task<std::optional<domain::TicketSummary>> peekTicket(const RequestContext &context, qint64 ticketId)
{
    auto reading = context.services->db.query<std::optional<domain::TicketSummary>>(
        [ticketId](QSqlDatabase &db) { return loadTicketSummary(db, ticketId); });
    const auto found = co_await reading;
    co_return found ? *found : std::nullopt;
}

struct NewMessage
{
    qint64 ticketId = 0;
    MessageKind kind = MessageKind::Chat;
    QString body;
    QList<qint64> attachmentIds;
};

// Everything message.send changes, in one transaction: the message, its
// files, the SLA's first response, the events, the offline recipient's mail.
Outcome storeMessage(QSqlDatabase &db, const NewMessage &request, const domain::UserProfile &author,
                     const QSet<qint64> &reachable, qint64 mailDelayMs)
{
    const auto ticket = loadTicketSummary(db, request.ticketId);
    if (!ticket || !maySee(author, *ticket))
        return Outcome::of(noSuchTicket());
    if (ticket->status == TicketStatus::Closed)
        return Outcome::of(ticketClosed());
    const bool staff = domain::isStaff(author.role);
    const bool chat = request.kind == MessageKind::Chat;

    Transaction transaction(db);
    const auto id = insertMessage(db, request.ticketId, author.id, request.kind, request.body);
    if (!id)
        return Outcome::of(storeFailure());
    const auto claimed = claimAttachments(db, *id, request.attachmentIds, author.id, request.ticketId);
    if (!claimed)
        return Outcome::of(storeFailure());
    if (*claimed != request.attachmentIds.size())
        return Outcome::of(Reply::failure(ErrorCode::ValidationFailed,
                                          u"A file is not one you uploaded to this ticket, or it is already on a "
                                          "message. Nothing was sent."_s,
                                          u"attachmentIds"_s));
    const auto message = loadMessage(db, *id);
    if (!message)
        return Outcome::of(storeFailure());
    if (!transaction.recordEvent(protocol::events::messageCreated, {{u"message"_s, message->toJson()}},
                                 chat ? ticket->customerId : 0))
        return Outcome::of(storeFailure());

    if (chat && staff) {
        bool firstResponse = false;
        if (!markFirstResponse(db, request.ticketId, message->createdAtMs, &firstResponse))
            return Outcome::of(storeFailure());
        const auto updated = firstResponse ? loadTicketSummary(db, request.ticketId) : std::nullopt;
        if (firstResponse
            && (!updated
                || !transaction.recordEvent(protocol::events::ticketUpdated, updated->toJson(), ticket->customerId)))
            return Outcome::of(storeFailure());
    }
    if (chat) {
        // Staff write to the customer; the customer writes to the assignee
        // (nobody yet: no mail, the ticket is in the open queue).
        const qint64 recipient = staff ? ticket->customerId : ticket->assigneeId;
        if (recipient != 0 && recipient != author.id && !reachable.contains(recipient)
            && !queueChatMail(db, recipient, request.ticketId, *id, message->createdAtMs + mailDelayMs))
            return Outcome::of(storeFailure());
    }
    if (!transaction.commit())
        return Outcome::of(storeFailure());
    return Outcome{Reply::success({{u"message"_s, message->toJson()}}), transaction.takeEvents()};
}

} // namespace

QCoro::Task<Reply> MessageSendHandler::handle(RequestContext context, QJsonObject json) const
{
    // Deliberately no "authorId": the author is the session's user, whatever
    // the request says.
    Params params(json);
    NewMessage request;
    request.ticketId = params.optionalInteger(u"ticketId"_s, 1, kMaxId, 0);
    const QString kindText = params.optionalString(u"kind"_s, 16);
    request.body = params.optionalString(validation::field::body, validation::kMaxMessageBody * 2);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (request.ticketId == 0)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'ticketId' is required."_s, u"ticketId"_s);
    const auto kind = kindText.isEmpty() ? std::optional(MessageKind::Chat) : messageKindFromName(kindText);
    if (!kind)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'kind' is chat or note."_s, u"kind"_s);
    request.kind = *kind;
    std::optional<protocol::ApiError> idsError;
    const auto attachmentIds = readAttachmentIds(json, context.services->config.attachments.maxPerMessage, &idsError);
    if (!attachmentIds)
        co_return Reply::failure(*idsError);
    request.attachmentIds = *attachmentIds;
    const domain::UserProfile author = context.user();
    if (request.kind == MessageKind::Note && !domain::isStaff(author.role))
        co_return Reply::failure(ErrorCode::Forbidden, u"Only agents and admins write internal notes."_s, u"kind"_s);
    if (const auto errors = validation::validateMessageBody(request.body, !request.attachmentIds.isEmpty());
        !errors.isEmpty())
        co_return Reply::failure(protocol::ApiError{ErrorCode::ValidationFailed, errors.first().message,
                                                    errors.first().field, validation::toJson(errors)});

    // Who could receive it live is known only here, on the network thread:
    // ask before the write, for the ticket's customer and assignee. (A
    // reassignment in between only costs the new assignee a mail listing
    // what they have not marked read.)
    QSet<qint64> reachable;
    auto peeking = peekTicket(context, request.ticketId);
    if (const auto ticket = co_await peeking) {
        for (qint64 userId : {ticket->customerId, ticket->assigneeId}) {
            if (userId != 0 && context.services->hub.hasSubscriber(userId))
                reachable.insert(userId);
        }
    }
    const qint64 mailDelayMs = qint64(context.services->config.chatMailDelaySeconds) * 1000;
    auto writing = context.write([request, author, reachable, mailDelayMs](QSqlDatabase &db) {
        return storeMessage(db, request, author, reachable, mailDelayMs);
    });
    co_return co_await writing;
}

QCoro::Task<Reply> MessageListHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 ticketId = params.optionalInteger(u"ticketId"_s, 1, kMaxId, 0);
    const qint64 beforeId = params.optionalInteger(u"beforeId"_s, 1, kMaxId, 0);
    const int limit = int(params.optionalInteger(u"limit"_s, 1, kMaxPage, 50));
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (ticketId == 0)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'ticketId' is required."_s, u"ticketId"_s);
    const domain::UserProfile viewer = context.user();
    auto reading = context.read([ticketId, beforeId, limit, viewer](QSqlDatabase &db) {
        const auto ticket = loadTicketSummary(db, ticketId);
        if (!ticket || !maySee(viewer, *ticket))
            return Outcome::of(noSuchTicket());
        // The filter that keeps notes from customers: in the query itself.
        const bool chatOnly = !domain::isStaff(viewer.role);
        const auto head = eventHead(db);
        const auto page = listMessages(db, ticketId, beforeId, limit, chatOnly);
        const auto reads = readMarkers(db, ticketId, chatOnly);
        if (!head || !page || !reads)
            return Outcome::of(storeFailure());
        QJsonArray messages;
        for (const auto &message : page->messages)
            messages.append(message.toJson());
        return Outcome::of(Reply::success(
            {{u"messages"_s, messages}, {u"hasMore"_s, page->hasMore}, {u"reads"_s, *reads}, {u"eventSeq"_s, *head}}));
    });
    const Outcome outcome = co_await reading;
    co_return outcome.reply;
}

QCoro::Task<Reply> MessageTypingHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 ticketId = params.optionalInteger(u"ticketId"_s, 1, kMaxId, 0);
    const QString kindText = params.optionalString(u"kind"_s, 16);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (ticketId == 0)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'ticketId' is required."_s, u"ticketId"_s);
    const auto kind = kindText.isEmpty() ? std::optional(MessageKind::Chat) : messageKindFromName(kindText);
    if (!kind)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'kind' is chat or note."_s, u"kind"_s);
    const domain::UserProfile typist = context.user();
    if (*kind == MessageKind::Note && !domain::isStaff(typist.role))
        co_return Reply::failure(ErrorCode::Forbidden, u"Only agents and admins write internal notes."_s, u"kind"_s);

    // Rate limit before any store work: clients send this on key presses.
    auto &stamps = context.session->typingForwardedAtMs;
    const qint64 now = nowMs();
    if (const auto last = stamps.constFind(ticketId);
        last != stamps.constEnd() && now - *last >= 0 && now - *last < kTypingIntervalMs)
        co_return Reply::success({{u"forwarded"_s, false}});
    if (stamps.size() > 256) // a long session on many tickets: forget the old stamps
        stamps.removeIf([now](const auto &entry) { return now - entry.value() >= kTypingIntervalMs; });
    stamps.insert(ticketId, now);

    auto peeking = peekTicket(context, ticketId);
    const auto ticket = co_await peeking;
    if (!ticket || !maySee(typist, *ticket)) {
        context.session->typingForwardedAtMs.remove(ticketId);
        co_return noSuchTicket();
    }
    if (ticket->status == TicketStatus::Closed)
        co_return ticketClosed();
    // Someone writing a note is news for staff only.
    const qint64 audience = *kind == MessageKind::Chat ? ticket->customerId : 0;
    context.services->hub.publishTransient(protocol::events::messageTyping,
                                           {{u"ticketId"_s, ticketId},
                                            {u"userId"_s, typist.id},
                                            {u"userName"_s, typist.displayName()},
                                            {u"kind"_s, messageKindName(*kind)}},
                                           audience, typist.id);
    co_return Reply::success({{u"forwarded"_s, true}});
}

QCoro::Task<Reply> MessageMarkReadHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 ticketId = params.optionalInteger(u"ticketId"_s, 1, kMaxId, 0);
    const qint64 messageId = params.optionalInteger(u"messageId"_s, 1, kMaxId, 0);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (ticketId == 0 || messageId == 0)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'ticketId' and 'messageId' are required."_s,
                                 ticketId == 0 ? u"ticketId"_s : u"messageId"_s);
    const domain::UserProfile reader = context.user();
    auto writing = context.write([ticketId, messageId, reader](QSqlDatabase &db) {
        const auto ticket = loadTicketSummary(db, ticketId);
        if (!ticket || !maySee(reader, *ticket))
            return Outcome::of(noSuchTicket());
        const auto message = loadMessage(db, messageId);
        const bool staff = domain::isStaff(reader.role);
        if (!message || message->ticketId != ticketId || (!staff && message->kind == MessageKind::Note))
            return Outcome::of(noSuchMessage());
        Transaction transaction(db);
        bool advanced = false;
        if (!advanceReadMarker(db, ticketId, reader.id, messageId, &advanced))
            return Outcome::of(storeFailure());
        const auto marker = readMarkerOf(db, ticketId, reader.id);
        if (!marker)
            return Outcome::of(storeFailure());
        // A marker on a note is staff business: the customer never learns a note's id.
        if (advanced
            && !transaction.recordEvent(
                protocol::events::messageRead,
                {{u"ticketId"_s, ticketId}, {u"userId"_s, reader.id}, {u"lastReadMessageId"_s, *marker}},
                message->kind == MessageKind::Chat ? ticket->customerId : 0))
            return Outcome::of(storeFailure());
        if (!transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome{Reply::success({{u"lastReadMessageId"_s, *marker}}), transaction.takeEvents()};
    });
    co_return co_await writing;
}

} // namespace ccr::server

#include "ChatModel.h"

#include "app/Logging.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>
#include <protocol/RpcClient.h>

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;
namespace events = protocol::events;

ChatModel::ChatModel(protocol::RpcClient *rpc, qint64 ticketId, qint64 selfId, QObject *parent)
    : QAbstractListModel(parent)
    , m_rpc(rpc)
    , m_ticketId(ticketId)
    , m_selfId(selfId)
    , m_typingTimer(new QTimer(this))
{
    m_typingTimer->setSingleShot(true);
    connect(m_typingTimer, &QTimer::timeout, this, &ChatModel::pruneTyping);
}

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatMessage &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole: return message.body;
    case Qt::ToolTipRole: return message.createdAt.toLocalTime();
    case MessageIdRole: return message.id;
    case AuthorIdRole: return message.authorId;
    case AuthorNameRole: return message.authorName;
    case IsNoteRole: return message.isNote();
    case CreatedAtRole: return message.createdAt;
    case IsOwnRole: return isOwn(message);
    case IsReadRole: return isRead(message);
    case AttachmentCountRole: return int(message.attachments.size());
    default: return {};
    }
}

QHash<int, QByteArray> ChatModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(AuthorIdRole, "authorId");
    names.insert(AuthorNameRole, "authorName");
    names.insert(IsNoteRole, "isNote");
    names.insert(BodyRole, "body");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(IsOwnRole, "isOwn");
    names.insert(IsReadRole, "isRead");
    names.insert(AttachmentCountRole, "attachmentCount");
    return names;
}

void ChatModel::start()
{
    if (m_started || !m_rpc)
        return;
    m_started = true;
    connect(m_rpc, &protocol::RpcClient::eventReceived, this,
            [this](const QString &event, const QJsonObject &data, qint64) { onEvent(event, data); });
    // After a reconnect the newest page fills whatever the event stream could
    // not replay; merging by id keeps it from doubling anything.
    connect(m_rpc, &protocol::RpcClient::ready, this, [this] {
        if (m_loaded)
            loadPage(0);
    });
    // Not a slot and not awaited: the task runs on its own, guarded by QPointer.
    loadPage(0);
}

void ChatModel::loadOlder()
{
    if (!m_loaded || !m_hasMore || m_loading || m_messages.isEmpty())
        return;
    loadPage(m_messages.constFirst().id);
}

void ChatModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QCoro::Task<> ChatModel::loadPage(qint64 beforeId)
{
    QPointer<ChatModel> self(this);
    if (!m_rpc)
        co_return;
    const bool refresh = beforeId == 0 && m_loaded;
    setLoading(true);
    QJsonObject params{{u"ticketId"_s, m_ticketId}, {u"limit"_s, kPageSize}};
    if (beforeId > 0)
        params.insert(u"beforeId"_s, beforeId);
    auto listing = m_rpc->call(methods::messageList, params);
    const Reply listed = co_await listing;
    if (!self)
        co_return;
    setLoading(false);
    if (!listed.ok()) {
        Q_EMIT failed(tr("Could not load the conversation: %1").arg(listed.error->message));
        co_return;
    }
    QList<ChatMessage> page;
    for (const auto &value : listed.result.value(u"messages"_s).toArray())
        page.append(ChatMessage::fromJson(value.toObject()));
    // A refresh of the newest page says nothing about what lies before the
    // oldest message already shown.
    const bool hasMore = refresh ? m_hasMore : listed.result.value(u"hasMore"_s).toBool();
    const int before = rowCount();
    const qint64 oldestBefore = m_messages.isEmpty() ? 0 : m_messages.constFirst().id;
    applyPage(page, hasMore);
    for (const auto &value : listed.result.value(u"reads"_s).toArray()) {
        const QJsonObject read = value.toObject();
        applyRead(read.value(u"userId"_s).toInteger(), read.value(u"lastReadMessageId"_s).toInteger());
    }
    if (beforeId > 0 && beforeId == oldestBefore && rowCount() > before)
        Q_EMIT olderPageLoaded(rowCount() - before);
}

int ChatModel::insertionRow(qint64 messageId) const
{
    const auto at = std::lower_bound(m_messages.cbegin(), m_messages.cend(), messageId,
                                     [](const ChatMessage &message, qint64 id) { return message.id < id; });
    return int(at - m_messages.cbegin());
}

std::optional<int> ChatModel::rowOf(qint64 messageId) const
{
    const int row = insertionRow(messageId);
    if (row < m_messages.size() && m_messages.at(row).id == messageId)
        return row;
    return std::nullopt;
}

void ChatModel::applyPage(const QList<ChatMessage> &messages, bool hasMore)
{
    m_hasMore = hasMore;
    m_loaded = true;
    QList<ChatMessage> fresh;
    for (const ChatMessage &message : messages) {
        if (message.ticketId != 0 && message.ticketId != m_ticketId)
            continue;
        if (const auto row = rowOf(message.id)) {
            if (!(m_messages.at(*row) == message)) {
                m_messages[*row] = message;
                Q_EMIT dataChanged(index(*row), index(*row));
            }
            continue;
        }
        fresh.append(message);
    }
    std::sort(fresh.begin(), fresh.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    fresh.erase(std::unique(fresh.begin(), fresh.end(), [](const auto &a, const auto &b) { return a.id == b.id; }),
                fresh.end());
    if (fresh.isEmpty())
        return;
    // The usual case, an older page: one block above everything shown.
    if (m_messages.isEmpty() || fresh.constLast().id < m_messages.constFirst().id) {
        beginInsertRows({}, 0, int(fresh.size()) - 1);
        m_messages = fresh + m_messages;
        endInsertRows();
        return;
    }
    for (const ChatMessage &message : fresh) {
        const int row = insertionRow(message.id);
        beginInsertRows({}, row, row);
        m_messages.insert(row, message);
        endInsertRows();
    }
}

bool ChatModel::applyMessage(const ChatMessage &message)
{
    if (message.ticketId != m_ticketId)
        return false;
    if (const auto row = rowOf(message.id)) {
        if (!(m_messages.at(*row) == message)) {
            m_messages[*row] = message;
            Q_EMIT dataChanged(index(*row), index(*row));
        }
        return false;
    }
    const int row = insertionRow(message.id);
    beginInsertRows({}, row, row);
    m_messages.insert(row, message);
    endInsertRows();
    // Whoever just sent has stopped typing.
    if (m_typing.remove(message.authorId) > 0) {
        m_typingOrder.removeAll(message.authorId);
        Q_EMIT typingChanged();
    }
    return true;
}

bool ChatModel::isRead(const ChatMessage &message) const
{
    if (!isOwn(message))
        return false;
    for (auto it = m_lastReadBy.cbegin(); it != m_lastReadBy.cend(); ++it) {
        if (it.key() != m_selfId && it.value() >= message.id)
            return true;
    }
    return false;
}

void ChatModel::applyRead(qint64 userId, qint64 lastReadMessageId)
{
    if (userId == 0 || userId == m_selfId || lastReadMessageId <= m_lastReadBy.value(userId, 0))
        return;
    m_lastReadBy.insert(userId, lastReadMessageId);
    if (!m_messages.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {IsReadRole});
}

void ChatModel::applyTyping(qint64 userId, const QString &userName)
{
    if (userId == m_selfId)
        return;
    const bool isNew = !m_typing.contains(userId);
    Typing &typing = m_typing[userId];
    typing.name = userName;
    typing.since.start();
    if (isNew) {
        m_typingOrder.append(userId);
        Q_EMIT typingChanged();
    }
    if (!m_typingTimer->isActive())
        m_typingTimer->start(kTypingShownFor);
}

void ChatModel::pruneTyping()
{
    bool changed = false;
    std::chrono::milliseconds nextDue = kTypingShownFor;
    for (auto it = m_typing.begin(); it != m_typing.end();) {
        const auto shown = std::chrono::milliseconds(it->since.elapsed());
        if (shown >= kTypingShownFor) {
            m_typingOrder.removeAll(it.key());
            it = m_typing.erase(it);
            changed = true;
            continue;
        }
        nextDue = std::min(nextDue, kTypingShownFor - shown);
        ++it;
    }
    if (!m_typing.isEmpty())
        m_typingTimer->start(nextDue);
    if (changed)
        Q_EMIT typingChanged();
}

QStringList ChatModel::typingNames() const
{
    QStringList names;
    for (const qint64 userId : m_typingOrder)
        names.append(m_typing.value(userId).name);
    return names;
}

void ChatModel::markRead()
{
    const qint64 newest = newestId();
    if (!m_rpc || newest <= m_markedRead)
        return;
    m_markedRead = newest;
    auto marking = m_rpc->call(methods::messageMarkRead, {{u"ticketId"_s, m_ticketId}, {u"messageId"_s, newest}});
    QCoro::connect(std::move(marking), this, [newest](const Reply &reply) {
        if (!reply.ok())
            qCWarning(lcClientFeed) << "could not mark message" << newest << "read:" << reply.error->message;
    });
}

void ChatModel::onEvent(const QString &event, const QJsonObject &data)
{
    if (event == events::messageCreated) {
        const ChatMessage message = ChatMessage::fromJson(data.value(u"message"_s).toObject());
        if (applyMessage(message))
            Q_EMIT messageArrived(message);
        return;
    }
    if (data.value(u"ticketId"_s).toInteger() != m_ticketId)
        return;
    if (event == events::messageTyping)
        applyTyping(data.value(u"userId"_s).toInteger(), data.value(u"userName"_s).toString());
    else if (event == events::messageRead)
        applyRead(data.value(u"userId"_s).toInteger(), data.value(u"lastReadMessageId"_s).toInteger());
}

} // namespace ccr::client

#pragma once

#include "ChatMessage.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>

#include <qcoro/qcorotask.h>

#include <chrono>
#include <optional>

class QTimer;

namespace ccr::protocol {
class RpcClient;
}

namespace ccr::client {

// One ticket's conversation, oldest message first (row 0), as a chat shows
// it. Pages come newest first from message.list: the newest page on start(),
// older ones on demand (the view scrolled to the top). Pushed message.created
// events are applied as they come, never re-downloaded; every message is
// kept once by id, so a page and an event that overlap, or a replay after a
// reconnect, never show a message twice. Also follows who has read what
// (message.read) and who is typing (message.typing, shown for a few seconds).
// The apply* functions are the model without the network, for tests.
class ChatModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;
    // A typing notice fades unless renewed; senders renew it every few seconds.
    static constexpr std::chrono::milliseconds kTypingShownFor{5000};

    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        AuthorIdRole,
        AuthorNameRole,
        IsNoteRole,
        BodyRole,
        CreatedAtRole,
        IsOwnRole,
        IsReadRole, // an own message someone else has read
        AttachmentCountRole,
    };

    // selfId: the logged-in user, whose messages are "own" and whose own
    // typing and read events are not news.
    ChatModel(protocol::RpcClient *rpc, qint64 ticketId, qint64 selfId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 ticketId() const { return m_ticketId; }
    qint64 selfId() const { return m_selfId; }

    // Loads the newest page and follows the ticket's events from now on.
    void start();
    // The next older page, if there is one and no load is under way.
    void loadOlder();
    bool hasMore() const { return m_hasMore; }
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    // Tells the server everything shown so far was read (once per new message).
    void markRead();

    // Merges a page (any order); hasMore says whether older ones exist.
    void applyPage(const QList<ChatMessage> &messages, bool hasMore);
    // Adds or replaces one message; true when it was not known before.
    bool applyMessage(const ChatMessage &message);
    void applyRead(qint64 userId, qint64 lastReadMessageId);
    void applyTyping(qint64 userId, const QString &userName);

    const ChatMessage &messageAt(int row) const { return m_messages.at(row); }
    std::optional<int> rowOf(qint64 messageId) const;
    bool isOwn(const ChatMessage &message) const { return message.authorId == m_selfId; }
    bool isRead(const ChatMessage &message) const;
    qint64 newestId() const { return m_messages.isEmpty() ? 0 : m_messages.constLast().id; }
    // Names of the others typing right now, in the order they started.
    QStringList typingNames() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const QString &message);
    // A message that was not known before arrived live (an event, not a page).
    void messageArrived(const ccr::client::ChatMessage &message);
    // rows were added above what was shown (an older page).
    void olderPageLoaded(int rows);
    void typingChanged();

private:
    QCoro::Task<> loadPage(qint64 beforeId);
    void setLoading(bool loading);
    void onEvent(const QString &event, const QJsonObject &data);
    int insertionRow(qint64 messageId) const;
    void pruneTyping();

    struct Typing
    {
        QString name;
        QElapsedTimer since;
    };

    QPointer<protocol::RpcClient> m_rpc;
    qint64 m_ticketId;
    qint64 m_selfId;
    QList<ChatMessage> m_messages;      // ascending by id
    QHash<qint64, qint64> m_lastReadBy; // userId -> newest message id they read
    QList<qint64> m_typingOrder;
    QHash<qint64, Typing> m_typing;
    QTimer *m_typingTimer;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_started = false;
    qint64 m_markedRead = 0;
};

} // namespace ccr::client

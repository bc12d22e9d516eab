#pragma once

#include "models/ChatMessage.h"

#include <domain/Ticket.h>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class CannedResponseModel;
class ChatComposer;
class ChatModel;
class MessageBubble;
class Session;

// The conversation on one ticket, for the ticket's view to embed: the
// messages as a two-sided chat (older ones load when scrolled to the top),
// "… is typing", Read marks on one's own messages, and the composer — with
// files attached by button or by dropping them anywhere on the panel, and
// for staff internal notes and canned responses (Ctrl+Space). Sending stops,
// with the reason in words, once the ticket is closed. For a customer whose
// ticket is resolved it offers the feedback dialog.
class ChatPanel : public QWidget
{
    Q_OBJECT
public:
    // Larger images are not fetched just for a preview.
    static constexpr qint64 kMaxPreviewBytes = 4 * 1024 * 1024;
    // "typing…" is sent at most this often while the user keeps typing.
    static constexpr qint64 kTypingRepeatMs = 3000;

    ChatPanel(Session *session, const domain::TicketSummary &ticket, QWidget *parent = nullptr);

    const domain::TicketSummary &ticket() const { return m_ticket; }
    // A newer summary of the same ticket (the panel also follows ticket.updated).
    void setTicket(const domain::TicketSummary &ticket);
    // The customer's exact names for the {{customer.*}} placeholders; until
    // told, they are taken from the ticket's customer name.
    void setCustomerName(const QString &firstName, const QString &lastName);

    ChatModel *model() const { return m_model; }
    ChatComposer *composer() const { return m_composer; }
    QString typingText() const;
    // As if the files were chosen with Attach… or dropped on the panel.
    void attachFiles(const QStringList &paths);
    // Downloads an attachment into path (what Save… does after its dialog).
    void saveAttachment(const ChatAttachment &attachment, const QString &path);
    // Opens the canned response picker (Ctrl+Space, or Canned…); staff only.
    void openCannedPicker();
    // Puts the keyboard focus into the composer (Reply, Ctrl+R).
    void focusComposer();
    // What Tab visits, top to bottom: the conversation (and the bubbles'
    // buttons), the rating button, then the composer's controls.
    QList<QWidget *> tabStops() const;
    QList<MessageBubble *> bubbles() const { return m_bubbles; }

Q_SIGNALS:
    void messageSent(const ccr::client::ChatMessage &message);
    void attachmentSaved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void attachShortcuts();
    void insertBubbles(int first, int last);
    void removeBubbles(int first, int last);
    void rebuildBubbles();
    void refreshBubbles(int first, int last);
    void updateEmptyState();
    void updateTyping();
    void updateClosedState();
    void onScrolled(int value);
    void onRangeChanged(int min, int max);
    void loadMoreIfShort();
    void send(const QString &body, bool note, const QList<qint64> &attachmentIds);
    void onSent(const protocol::Reply &reply);
    void sendTyping();
    void markReadIfShown();
    void requestThumbnail(const ChatAttachment &attachment);
    void askWhereToSave(const ChatAttachment &attachment);
    void insertCanned(const QString &body);
    void openCannedManager();
    void onEvent(const QString &event, const QJsonObject &data);
    void showStatus(const QString &message, bool error);
    bool isStaff() const;
    bool isCustomer() const;

    Session *m_session;
    domain::TicketSummary m_ticket;
    QString m_customerFirstName;
    QString m_customerLastName;
    ChatModel *m_model;
    CannedResponseModel *m_canned = nullptr;

    QScrollArea *m_scroll;
    QWidget *m_content;
    QVBoxLayout *m_messagesLayout;
    QLabel *m_olderNote;
    QLabel *m_empty;
    QLabel *m_typing;
    QLabel *m_dropHint;
    QLabel *m_status;
    QPushButton *m_rate;
    ChatComposer *m_composer;
    QList<MessageBubble *> m_bubbles; // one per model row, same order

    bool m_followBottom = true;
    int m_anchorFromBottom = -1;
    QElapsedTimer m_typingSent;
    QHash<qint64, QPixmap> m_thumbnails;
    QSet<qint64> m_thumbnailsLoading;
};

} // namespace ccr::client

#pragma once

#include "models/ChatMessage.h"

#include <QFrame>
#include <QHash>

class QLabel;
class QPixmap;

namespace ccr::client {

// One message as the chat shows it: a bubble on the right for one's own
// messages and on the left for the other side's, with author, time, body and
// attachments (a thumbnail for images, Save… for every file); internal
// notes are yellow and say so in words, not colour alone; one's own messages
// say "Sent" or "Read".
class MessageBubble : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kThumbnailSize = 160;

    MessageBubble(const ChatMessage &message, bool own, QWidget *parent = nullptr);

    const ChatMessage &message() const { return m_message; }
    void setMessage(const ChatMessage &message);
    // Builds the bubble again: words and times in the current language
    // (the panel calls it on LanguageChange and puts the previews back).
    void rebuild();
    void setRead(bool read);
    bool isRead() const { return m_read; }
    void setThumbnail(qint64 attachmentId, const QPixmap &pixmap);

    static QString sizeText(qint64 bytes);

Q_SIGNALS:
    void saveRequested(const ccr::client::ChatAttachment &attachment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void paintColours();

    ChatMessage m_message;
    bool m_own;
    bool m_read = false;
    QFrame *m_bubble = nullptr;
    QLabel *m_readMark = nullptr;
    QHash<qint64, QLabel *> m_thumbnails;
};

} // namespace ccr::client

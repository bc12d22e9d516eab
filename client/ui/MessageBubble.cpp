#include "MessageBubble.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

MessageBubble::MessageBubble(const ChatMessage &message, bool own, QWidget *parent)
    : QWidget(parent)
    , m_message(message)
    , m_own(own)
{
    setObjectName(u"messageBubble"_s);
    build();
}

void MessageBubble::setMessage(const ChatMessage &message)
{
    if (message == m_message)
        return;
    m_message = message;
    rebuild();
}

void MessageBubble::rebuild()
{
    const bool read = m_read;
    delete layout();
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_thumbnails.clear();
    build();
    setRead(read);
}

QString MessageBubble::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void MessageBubble::build()
{
    m_bubble = new QFrame(this);
    m_bubble->setObjectName(m_message.isNote() ? u"noteBubble"_s : u"chatBubble"_s);
    m_bubble->setFrameShape(QFrame::StyledPanel);
    m_bubble->setAutoFillBackground(true);

    auto *author = new QLabel(m_own ? tr("You") : m_message.authorName, m_bubble);
    author->setObjectName(u"messageAuthor"_s);
    author->setTextFormat(Qt::PlainText);
    QFont bold = author->font();
    bold.setBold(true);
    author->setFont(bold);
    const QDateTime local = m_message.createdAt.toLocalTime();
    auto *time = mutedLabel(QLocale().toString(local, QLocale::ShortFormat), m_bubble);
    time->setObjectName(u"messageTime"_s);
    auto *header = new QHBoxLayout;
    header->addWidget(author);
    header->addWidget(time);
    header->addStretch();

    auto *content = new QVBoxLayout(m_bubble);
    content->setContentsMargins(10, 6, 10, 6);
    content->setSpacing(3);
    content->addLayout(header);
    if (m_message.isNote()) {
        auto *noteLabel = new QLabel(tr("Internal note — not visible to the customer"), m_bubble);
        noteLabel->setObjectName(u"noteLabel"_s);
        QFont italic = noteLabel->font();
        italic.setItalic(true);
        noteLabel->setFont(italic);
        content->addWidget(noteLabel);
    }
    auto *body = new QLabel(m_message.body, m_bubble);
    body->setObjectName(u"messageBody"_s);
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    body->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    content->addWidget(body);

    for (const ChatAttachment &attachment : m_message.attachments) {
        auto *row = new QWidget(m_bubble);
        row->setObjectName(u"attachmentRow"_s);
        row->setProperty("attachmentId", attachment.id);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 2);
        if (attachment.isImage()) {
            auto *thumbnail = new QLabel(row);
            thumbnail->setObjectName(u"attachmentThumbnail"_s);
            thumbnail->setFixedSize(kThumbnailSize, kThumbnailSize / 4 * 3);
            thumbnail->setAlignment(Qt::AlignCenter);
            thumbnail->setText(tr("Loading preview…"));
            thumbnail->setForegroundRole(QPalette::PlaceholderText);
            thumbnail->setAccessibleName(tr("Preview of %1").arg(attachment.fileName));
            m_thumbnails.insert(attachment.id, thumbnail);
            rowLayout->addWidget(thumbnail);
        }
        auto *name = new QLabel(u"%1 (%2)"_s.arg(attachment.fileName, sizeText(attachment.size)), row);
        name->setObjectName(u"attachmentName"_s);
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        auto *save = new QPushButton(tr("Save…"), row);
        save->setObjectName(u"saveAttachmentButton"_s);
        save->setAccessibleName(tr("Save %1").arg(attachment.fileName));
        connect(save, &QPushButton::clicked, this, [this, attachment] { Q_EMIT saveRequested(attachment); });
        rowLayout->addWidget(name, 1);
        rowLayout->addWidget(save);
        content->addWidget(row);
    }
    // Read marks are about the other side of the chat; a note has none.
    if (m_own && !m_message.isNote()) {
        m_readMark = mutedLabel(QString(), m_bubble);
        m_readMark->setObjectName(u"readMark"_s);
        m_readMark->setAlignment(Qt::AlignRight);
        content->addWidget(m_readMark);
    } else {
        m_readMark = nullptr;
    }

    // A two-sided conversation: own messages keep to the right, the other
    // side's to the left, each bubble at most three quarters of the width.
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 3, 6, 3);
    if (m_own)
        row->addStretch(1);
    row->addWidget(m_bubble, 3);
    if (!m_own)
        row->addStretch(1);
    paintColours();
    setRead(m_read);
}

void MessageBubble::setRead(bool read)
{
    m_read = read;
    if (m_readMark)
        m_readMark->setText(read ? tr("✓✓ Read") : tr("✓ Sent"));
}

void MessageBubble::setThumbnail(qint64 attachmentId, const QPixmap &pixmap)
{
    QLabel *thumbnail = m_thumbnails.value(attachmentId);
    if (!thumbnail)
        return;
    if (pixmap.isNull()) {
        thumbnail->setText(tr("No preview"));
        return;
    }
    thumbnail->setPixmap(pixmap.scaled(thumbnail->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void MessageBubble::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_bubble)
        paintColours();
}

void MessageBubble::paintColours()
{
    const QPalette base = palette();
    QColor background;
    QColor text = base.color(QPalette::Text);
    if (m_message.isNote()) {
        // Yellow like a sticky note, dimmed on a dark palette.
        background = isDark(base) ? QColor(0x5a, 0x4a, 0x12) : QColor(0xff, 0xf4, 0xc2);
        text = isDark(base) ? QColor(0xf5, 0xf0, 0xdc) : QColor(0x2b, 0x24, 0x00);
    } else if (m_own) {
        background = mix(base.color(QPalette::Base), base.color(QPalette::Highlight), 0.18);
    } else {
        background = mix(base.color(QPalette::Base), base.color(QPalette::Text), 0.07);
    }
    QPalette bubble = m_bubble->palette();
    bubble.setColor(QPalette::WindowText, text);
    bubble.setColor(QPalette::Text, text);
    m_bubble->setPalette(bubble);
    // A style sheet, because the styled frame paints over a palette fill.
    const QColor border = background.darker(m_message.isNote() ? 130 : 115);
    m_bubble->setStyleSheet(u"QFrame#%1 { background-color: %2; border: 1px solid %3; border-radius: 8px; }"_s.arg(
        m_bubble->objectName(), background.name(), border.name()));
}

} // namespace ccr::client

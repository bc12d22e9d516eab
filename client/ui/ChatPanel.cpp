#include "ChatPanel.h"

#include "CannedPicker.h"
#include "CannedResponsesDialog.h"
#include "ChatComposer.h"
#include "ErrorText.h"
#include "FeedbackDialog.h"
#include "FieldErrorLabels.h"
#include "MessageBubble.h"
#include "app/Logging.h"
#include "app/Session.h"
#include "app/ShortcutRegistry.h"
#include "models/AttachmentDownload.h"
#include "models/CannedResponseModel.h"
#include "models/ChatModel.h"

#include <domain/CannedText.h>
#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QDir>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace methods = protocol::methods;
namespace events = protocol::events;

namespace {
// m_messagesLayout: the "earlier messages" line, the empty state, a stretch
// that keeps a short conversation at the bottom, then one bubble per row.
constexpr int kFirstBubbleIndex = 3;
// Within this many pixels of the end counts as "reading the newest".
constexpr int kBottomSlack = 8;

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}
} // namespace

ChatPanel::ChatPanel(Session *session, const domain::TicketSummary &ticket, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ticket(ticket)
    , m_model(new ChatModel(&session->rpc(), ticket.id, session->user() ? session->user()->id : 0, this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget(m_scroll))
    , m_messagesLayout(new QVBoxLayout(m_content))
    , m_olderNote(new QLabel(m_content))
    , m_empty(new QLabel(m_content))
    , m_typing(new QLabel(this))
    , m_dropHint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_rate(new QPushButton(this))
    , m_composer(new ChatComposer(&session->rpc(), ticket.id, isStaff(), this))
{
    setObjectName(u"chatPanel"_s);
    m_scroll->setObjectName(u"messageScroll"_s);
    m_olderNote->setObjectName(u"olderMessagesNote"_s);
    m_empty->setObjectName(u"chatEmptyState"_s);
    m_typing->setObjectName(u"typingIndicator"_s);
    m_dropHint->setObjectName(u"dropHint"_s);
    m_status->setObjectName(u"chatStatus"_s);
    m_rate->setObjectName(u"rateButton"_s);
    setAcceptDrops(true);
    setCustomerName(ticket.customerName.section(u' ', 0, 0), ticket.customerName.section(u' ', 1));

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_content);
    m_content->setBackgroundRole(QPalette::Base);
    m_scroll->viewport()->setBackgroundRole(QPalette::Base);
    m_messagesLayout->setContentsMargins(4, 4, 4, 4);
    m_messagesLayout->setSpacing(2);
    m_olderNote->setAlignment(Qt::AlignCenter);
    m_olderNote->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_messagesLayout->addWidget(m_olderNote);
    m_messagesLayout->addWidget(m_empty);
    m_messagesLayout->addStretch(1);

    // Keeps its height when empty, so the conversation does not jump.
    m_typing->setMinimumHeight(m_typing->fontMetrics().height());
    m_typing->setForegroundRole(QPalette::PlaceholderText);
    QFont italic = m_typing->font();
    italic.setItalic(true);
    m_typing->setFont(italic);
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setFrameShape(QFrame::Box);
    m_dropHint->setMargin(8);
    m_dropHint->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);
    m_rate->setVisible(false);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_typing, 1);
    statusRow->addWidget(m_rate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_dropHint);
    layout->addLayout(statusRow);
    layout->addWidget(m_status);
    layout->addWidget(m_composer);

    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first) {
        // An older page goes above what the user reads: keep their place.
        if (first == 0 && m_model->rowCount() > 0 && !m_followBottom) {
            const QScrollBar *bar = m_scroll->verticalScrollBar();
            m_anchorFromBottom = bar->maximum() - bar->value();
        }
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { insertBubbles(first, last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { removeBubbles(first, last); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChatPanel::rebuildBubbles);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) { refreshBubbles(from.row(), to.row()); });
    connect(m_model, &ChatModel::loadingChanged, this, [this](bool) {
        updateEmptyState();
        if (!m_model->isLoading())
            QTimer::singleShot(0, this, &ChatPanel::loadMoreIfShort);
    });
    connect(m_model, &ChatModel::failed, this, [this](const QString &message) { showStatus(message, true); });
    connect(m_model, &ChatModel::typingChanged, this, &ChatPanel::updateTyping);
    connect(m_model, &ChatModel::messageArrived, this, [this] { markReadIfShown(); });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatPanel::onScrolled);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ChatPanel::onRangeChanged);

    connect(m_composer, &ChatComposer::sendRequested, this, &ChatPanel::send);
    connect(m_composer, &ChatComposer::edited, this, &ChatPanel::sendTyping);
    connect(m_composer, &ChatComposer::cannedRequested, this, &ChatPanel::openCannedPicker);
    connect(m_rate, &QPushButton::clicked, this, [this] { FeedbackDialog::openFor(m_session, m_ticket, this); });
    connect(&session->rpc(), &protocol::RpcClient::eventReceived, this,
            [this](const QString &event, const QJsonObject &data, qint64) { onEvent(event, data); });

    retranslate();
    attachShortcuts();
    m_model->start();
    if (isCustomer())
        FeedbackDialog::offerIfResolved(m_session, m_ticket, this);
}

void ChatPanel::retranslate()
{
    m_dropHint->setText(tr("Drop the files to attach them to your message"));
    m_rate->setText(tr("Rate your agent…"));
    m_typing->setAccessibleName(tr("Typing indicator"));
    updateClosedState();
    updateEmptyState();
    updateTyping();
    // "You", "Internal note", Read marks and times in the new language.
    for (MessageBubble *bubble : std::as_const(m_bubbles))
        bubble->rebuild();
    if (!m_bubbles.isEmpty())
        refreshBubbles(0, int(m_bubbles.size()) - 1);
}

void ChatPanel::attachShortcuts()
{
    ShortcutRegistry *shortcuts = ShortcutRegistry::of(this);
    if (!shortcuts)
        return;
    // Every open ticket tab attaches; only the one on screen answers.
    shortcuts->attach(ShortcutRegistry::Command::Reply, this, [this] {
        if (isVisible())
            focusComposer();
    });
    if (isStaff()) {
        shortcuts->attach(ShortcutRegistry::Command::CannedResponse, this, [this] {
            if (isVisible() && !m_composer->isClosed())
                openCannedPicker();
        });
    }
}

void ChatPanel::focusComposer()
{
    m_composer->editor()->setFocus(Qt::ShortcutFocusReason);
}

QList<QWidget *> ChatPanel::tabStops() const
{
    QList<QWidget *> stops{m_scroll};
    const auto takesTab = [](const QWidget *widget) { return (widget->focusPolicy() & Qt::TabFocus) != 0; };
    for (const MessageBubble *bubble : m_bubbles) {
        for (QWidget *child : bubble->findChildren<QWidget *>()) {
            if (takesTab(child))
                stops.append(child);
        }
    }
    stops.append(m_rate);
    return stops + m_composer->tabStops();
}

bool ChatPanel::isStaff() const
{
    return m_session->user() && domain::isStaff(m_session->user()->role);
}

bool ChatPanel::isCustomer() const
{
    return m_session->user() && m_session->user()->role == domain::Role::Customer;
}

void ChatPanel::setCustomerName(const QString &firstName, const QString &lastName)
{
    m_customerFirstName = firstName;
    m_customerLastName = lastName;
}

void ChatPanel::setTicket(const domain::TicketSummary &ticket)
{
    if (ticket.id != m_ticket.id)
        return;
    const bool becameResolved =
        ticket.status == domain::TicketStatus::Resolved && m_ticket.status != domain::TicketStatus::Resolved;
    m_ticket = ticket;
    updateClosedState();
    if (becameResolved && isCustomer())
        FeedbackDialog::offerIfResolved(m_session, m_ticket, this);
}

void ChatPanel::updateClosedState()
{
    const bool closed = m_ticket.status == domain::TicketStatus::Closed;
    m_composer->setClosed(closed, closed ? tr("This ticket is closed, so no more messages can be sent. "
                                              "Reopen it to continue the conversation.")
                                         : QString());
    m_rate->setVisible(isCustomer() && m_ticket.status == domain::TicketStatus::Resolved);
}

void ChatPanel::insertBubbles(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const ChatMessage &message = m_model->messageAt(row);
        auto *bubble = new MessageBubble(message, m_model->isOwn(message), m_content);
        bubble->setRead(m_model->isRead(message));
        connect(bubble, &MessageBubble::saveRequested, this, &ChatPanel::askWhereToSave);
        m_bubbles.insert(row, bubble);
        m_messagesLayout->insertWidget(kFirstBubbleIndex + row, bubble);
        for (const ChatAttachment &attachment : message.attachments)
            requestThumbnail(attachment);
    }
    // The newest message arriving: follow it if the user was at the end, or
    // wrote it.
    if (last == m_model->rowCount() - 1 && m_model->isOwn(m_model->messageAt(last)))
        m_followBottom = true;
    updateEmptyState();
    markReadIfShown();
}

void ChatPanel::removeBubbles(int first, int last)
{
    for (int row = last; row >= first; --row)
        delete m_bubbles.takeAt(row);
    updateEmptyState();
}

void ChatPanel::rebuildBubbles()
{
    qDeleteAll(m_bubbles);
    m_bubbles.clear();
    if (m_model->rowCount() > 0)
        insertBubbles(0, m_model->rowCount() - 1);
    updateEmptyState();
}

void ChatPanel::refreshBubbles(int first, int last)
{
    for (int row = first; row <= last && row < m_bubbles.size(); ++row) {
        const ChatMessage &message = m_model->messageAt(row);
        m_bubbles.at(row)->setMessage(message);
        m_bubbles.at(row)->setRead(m_model->isRead(message));
        for (const ChatAttachment &attachment : message.attachments) {
            if (m_thumbnails.contains(attachment.id))
                m_bubbles.at(row)->setThumbnail(attachment.id, m_thumbnails.value(attachment.id));
        }
    }
}

void ChatPanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (m_model->isLoading() && empty)
        m_empty->setText(tr("Loading the conversation…"));
    else if (isStaff())
        m_empty->setText(tr("No messages yet. Write to the customer below, or add an internal note."));
    else
        m_empty->setText(tr("No messages yet. Write to us below; an agent answers here."));
    m_empty->setVisible(empty);
    if (m_model->isLoading() && !empty)
        m_olderNote->setText(tr("Loading earlier messages…"));
    else if (!empty && !m_model->hasMore())
        m_olderNote->setText(tr("This is the start of the conversation."));
    else if (!empty)
        m_olderNote->setText(tr("Scroll up for earlier messages."));
    m_olderNote->setVisible(!empty);
}

void ChatPanel::onScrolled(int value)
{
    const QScrollBar *bar = m_scroll->verticalScrollBar();
    m_followBottom = value >= bar->maximum() - kBottomSlack;
    if (value == bar->minimum() && bar->maximum() > 0 && m_model->hasMore())
        m_model->loadOlder();
}

void ChatPanel::onRangeChanged(int, int max)
{
    QScrollBar *bar = m_scroll->verticalScrollBar();
    if (m_anchorFromBottom >= 0) {
        bar->setValue(max - m_anchorFromBottom);
        m_anchorFromBottom = -1;
    } else if (m_followBottom) {
        bar->setValue(max);
    }
}

void ChatPanel::loadMoreIfShort()
{
    // Nothing to scroll yet, so scrolling to the top cannot ask for more.
    if (m_model->hasMore() && m_scroll->verticalScrollBar()->maximum() == 0)
        m_model->loadOlder();
}

void ChatPanel::updateTyping()
{
    m_typing->setText(typingText());
}

QString ChatPanel::typingText() const
{
    const QStringList names = m_model->typingNames();
    if (names.isEmpty())
        return {};
    if (names.size() == 1)
        return tr("%1 is typing…").arg(names.first());
    if (names.size() == 2)
        return tr("%1 and %2 are typing…").arg(names.at(0), names.at(1));
    return tr("Several people are typing…");
}

void ChatPanel::sendTyping()
{
    if (m_typingSent.isValid() && m_typingSent.elapsed() < kTypingRepeatMs)
        return;
    m_typingSent.start();
    // Writing a note is news for staff only; the server keeps it from the customer.
    const QJsonObject params{{u"ticketId"_s, m_ticket.id}, {u"kind"_s, m_composer->isNote() ? u"note"_s : u"chat"_s}};
    auto telling = m_session->rpc().call(methods::messageTyping, params);
    QCoro::connect(std::move(telling), this, [](const Reply &reply) {
        if (!reply.ok())
            qCDebug(lcClientFeed) << "typing notice not sent:" << reply.error->message;
    });
}

void ChatPanel::markReadIfShown()
{
    if (isVisible() && m_model->hasLoaded())
        m_model->markRead();
}

void ChatPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markReadIfShown();
}

void ChatPanel::send(const QString &body, bool note, const QList<qint64> &attachmentIds)
{
    QJsonArray ids;
    for (const qint64 id : attachmentIds)
        ids.append(id);
    QJsonObject params{{u"ticketId"_s, m_ticket.id}, {u"kind"_s, note ? u"note"_s : u"chat"_s}, {u"body"_s, body}};
    if (!ids.isEmpty())
        params.insert(u"attachmentIds"_s, ids);
    m_composer->setSending(true);
    m_status->setVisible(false);
    auto sending = m_session->rpc().call(methods::messageSend, params);
    QCoro::connect(std::move(sending), this, [this](const Reply &reply) { onSent(reply); });
}

void ChatPanel::onSent(const Reply &reply)
{
    m_composer->setSending(false);
    if (!reply.ok()) {
        if (reply.error->code == ErrorCode::TicketClosed) {
            // Closed by someone else meanwhile: the draft stays, readable.
            m_ticket.status = domain::TicketStatus::Closed;
            updateClosedState();
        }
        m_composer->showError(tr("Not sent: %1").arg(ErrorText::describe(*reply.error)));
        return;
    }
    const ChatMessage message = ChatMessage::fromJson(reply.result.value(u"message"_s).toObject());
    m_followBottom = true;
    m_model->applyMessage(message); // the pushed event for it is then a duplicate, dropped
    m_composer->clearDraft();
    m_typingSent.invalidate();
    Q_EMIT messageSent(message);
}

void ChatPanel::attachFiles(const QStringList &paths)
{
    if (m_composer->isClosed()) {
        showStatus(tr("Files cannot be attached: the ticket is closed."), true);
        return;
    }
    m_composer->addFiles(paths);
}

void ChatPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_composer->isClosed() && !localFiles(event->mimeData()).isEmpty()) {
        m_dropHint->setVisible(true);
        event->acceptProposedAction();
    }
}

void ChatPanel::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropHint->setVisible(false);
    QWidget::dragLeaveEvent(event);
}

void ChatPanel::dropEvent(QDropEvent *event)
{
    m_dropHint->setVisible(false);
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(paths);
}

void ChatPanel::requestThumbnail(const ChatAttachment &attachment)
{
    if (!attachment.isImage())
        return;
    if (m_thumbnails.contains(attachment.id)) {
        for (MessageBubble *bubble : std::as_const(m_bubbles))
            bubble->setThumbnail(attachment.id, m_thumbnails.value(attachment.id));
        return;
    }
    if (attachment.size > kMaxPreviewBytes) {
        for (MessageBubble *bubble : std::as_const(m_bubbles))
            bubble->setThumbnail(attachment.id, {});
        return;
    }
    if (m_thumbnailsLoading.contains(attachment.id))
        return;
    m_thumbnailsLoading.insert(attachment.id);
    auto *download = new AttachmentDownload(&m_session->rpc(), attachment, {}, this);
    connect(download, &AttachmentDownload::finished, this, [this, download] {
        QPixmap pixmap;
        pixmap.loadFromData(download->data());
        const qint64 id = download->attachment().id;
        if (!pixmap.isNull())
            pixmap = pixmap.scaled(MessageBubble::kThumbnailSize * 2, MessageBubble::kThumbnailSize * 2,
                                   Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_thumbnails.insert(id, pixmap);
        m_thumbnailsLoading.remove(id);
        for (MessageBubble *bubble : std::as_const(m_bubbles))
            bubble->setThumbnail(id, pixmap);
        download->deleteLater();
    });
    connect(download, &AttachmentDownload::failed, this, [this, download](const QString &message) {
        qCWarning(lcClientFeed) << "no preview:" << message;
        m_thumbnailsLoading.remove(download->attachment().id);
        for (MessageBubble *bubble : std::as_const(m_bubbles))
            bubble->setThumbnail(download->attachment().id, {});
        download->deleteLater();
    });
    download->start();
}

void ChatPanel::askWhereToSave(const ChatAttachment &attachment)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    auto *dialog = new QFileDialog(this, tr("Save %1").arg(attachment.fileName));
    dialog->setObjectName(u"saveAttachmentDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDirectory(folder);
    dialog->selectFile(attachment.fileName);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, attachment](const QString &path) { saveAttachment(attachment, path); });
    dialog->open();
}

void ChatPanel::saveAttachment(const ChatAttachment &attachment, const QString &path)
{
    showStatus(tr("Saving %1…").arg(attachment.fileName), false);
    auto *download = new AttachmentDownload(&m_session->rpc(), attachment, path, this);
    connect(download, &AttachmentDownload::finished, this, [this, download] {
        showStatus(tr("Saved %1 to %2.")
                       .arg(download->attachment().fileName, QDir::toNativeSeparators(download->targetPath())),
                   false);
        Q_EMIT attachmentSaved(download->targetPath());
        download->deleteLater();
    });
    connect(download, &AttachmentDownload::failed, this, [this, download](const QString &message) {
        showStatus(message, true);
        download->deleteLater();
    });
    download->start();
}

void ChatPanel::openCannedPicker()
{
    if (!isStaff() || m_composer->isClosed())
        return;
    if (!m_canned) {
        m_canned = new CannedResponseModel(&m_session->rpc(), this);
        connect(m_canned, &CannedResponseModel::failed, this,
                [this](const QString &message) { showStatus(message, true); });
    }
    // Loaded afresh each time: an administrator may have shared a new one.
    m_canned->load();
    auto *picker = new CannedPicker(m_canned, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &CannedPicker::chosen, this,
            [this](const CannedResponse &response) { insertCanned(response.body); });
    connect(picker, &CannedPicker::manageRequested, this, &ChatPanel::openCannedManager);
    picker->open();
}

void ChatPanel::openCannedManager()
{
    if (!m_canned)
        return;
    auto *dialog = new CannedResponsesDialog(m_session, m_canned, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChatPanel::insertCanned(const QString &body)
{
    namespace placeholder = domain::placeholder;
    const QHash<QString, QString> values{
        {placeholder::customerFirstName, m_customerFirstName},
        {placeholder::customerLastName, m_customerLastName},
        {placeholder::agentFirstName, m_session->user() ? m_session->user()->firstName : QString()},
        {placeholder::ticketId, QString::number(m_ticket.id)},
        {placeholder::ticketSubject, m_ticket.subject},
    };
    m_composer->insertText(domain::expandPlaceholders(body, values));
}

void ChatPanel::onEvent(const QString &event, const QJsonObject &data)
{
    if (event == events::ticketUpdated && data.value(u"id"_s).toInteger() == m_ticket.id)
        setTicket(domain::TicketSummary::fromJson(data));
}

void ChatPanel::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_status);
    else
        m_status->setPalette(palette());
    m_status->setVisible(!message.isEmpty());
}

void ChatPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ccr::client

#include "ChatComposer.h"

#include "FieldErrorLabels.h"
#include "MessageBubble.h"
#include "models/AttachmentUpload.h"

#include <protocol/RpcClient.h>
#include <validation/Rules.h>

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

ChatComposer::ChatComposer(protocol::RpcClient *rpc, qint64 ticketId, bool staff, QWidget *parent)
    : QWidget(parent)
    , m_rpc(rpc)
    , m_ticketId(ticketId)
    , m_staff(staff)
    , m_closedNotice(new QLabel(this))
    , m_uploadRows(new QVBoxLayout)
    , m_editor(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_attach(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_send(new QPushButton(this))
{
    setObjectName(u"chatComposer"_s);
    m_closedNotice->setObjectName(u"closedNotice"_s);
    m_editor->setObjectName(u"composerEdit"_s);
    m_error->setObjectName(u"composerError"_s);
    m_attach->setObjectName(u"attachButton"_s);
    m_send->setObjectName(u"sendButton"_s);
    m_hint->setObjectName(u"composerHint"_s);

    m_closedNotice->setWordWrap(true);
    m_closedNotice->setTextFormat(Qt::PlainText);
    m_closedNotice->setVisible(false);
    m_closedNotice->setFrameShape(QFrame::StyledPanel);
    m_closedNotice->setMargin(6);
    m_editor->setTabChangesFocus(true);
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * 4 + 14);
    // Files dropped here go to the panel as attachments, not into the text.
    m_editor->setAcceptDrops(false);
    m_editor->installEventFilter(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    FieldErrorLabels::paintAsError(m_error);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_send->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    if (m_staff) {
        m_canned = new QPushButton(this);
        m_canned->setObjectName(u"cannedButton"_s);
        m_note = new QCheckBox(this);
        m_note->setObjectName(u"noteToggle"_s);
        buttons->addWidget(m_canned);
        buttons->addWidget(m_note);
        connect(m_canned, &QPushButton::clicked, this, &ChatComposer::cannedRequested);
        connect(m_note, &QCheckBox::toggled, this, &ChatComposer::paintNoteMode);
    }
    buttons->addStretch();
    buttons->addWidget(m_hint);
    buttons->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_closedNotice);
    layout->addLayout(m_uploadRows);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_attach, &QPushButton::clicked, this, &ChatComposer::chooseFiles);
    connect(m_send, &QPushButton::clicked, this, &ChatComposer::requestSend);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_error->setVisible(false);
        updateState();
        if (!m_clearing && !m_editor->toPlainText().isEmpty())
            Q_EMIT edited();
    });
    retranslate();
}

void ChatComposer::retranslate()
{
    m_editor->setAccessibleName(tr("Message"));
    m_attach->setText(tr("Attach…"));
    m_attach->setToolTip(tr("Attach files (or drop them on the conversation)"));
    m_hint->setText(tr("Ctrl+Enter sends"));
    if (m_canned) {
        m_canned->setText(tr("Canned…"));
        m_canned->setToolTip(tr("Insert a canned response (Ctrl+Space)"));
        m_note->setText(tr("Internal note"));
        m_note->setToolTip(tr("Only agents and administrators see internal notes; the customer never does."));
    }
    const bool note = isNote();
    m_editor->setPlaceholderText(note ? tr("Write an internal note (only staff will see it)…")
                                      : tr("Write a message…"));
    m_send->setText(note ? tr("Add note") : tr("Send"));
    updateState();
}

QList<QWidget *> ChatComposer::tabStops() const
{
    QList<QWidget *> stops;
    for (AttachmentUpload *upload : m_uploads) {
        if (QWidget *row = m_rows.value(upload))
            stops += row->findChildren<QWidget *>(u"removeUploadButton"_s);
    }
    stops << m_editor << m_attach;
    if (m_canned)
        stops << m_canned << m_note;
    stops << m_send;
    return stops;
}

bool ChatComposer::isNote() const
{
    return m_note && m_note->isChecked();
}

void ChatComposer::setNote(bool note)
{
    if (m_note)
        m_note->setChecked(note);
}

void ChatComposer::insertText(const QString &text)
{
    m_editor->insertPlainText(text);
    m_editor->setFocus();
}

bool ChatComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool control = key->modifiers().testFlag(Qt::ControlModifier);
        if (control && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            requestSend();
            return true;
        }
        if (control && key->key() == Qt::Key_Space && m_staff) {
            Q_EMIT cannedRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChatComposer::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Attach files"));
    dialog->setObjectName(u"attachFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &ChatComposer::addFiles);
    dialog->open();
}

void ChatComposer::addFiles(const QStringList &paths)
{
    if (m_closed)
        return;
    for (const QString &path : paths) {
        auto *upload = new AttachmentUpload(m_rpc, m_ticketId, path, this);
        m_uploads.append(upload);
        addUploadRow(upload);
        connect(upload, &AttachmentUpload::stateChanged, this, &ChatComposer::updateState);
        upload->start();
    }
    updateState();
}

void ChatComposer::addUploadRow(AttachmentUpload *upload)
{
    auto *row = new QWidget(this);
    row->setObjectName(u"uploadRow"_s);
    auto *name = new QLabel(u"%1 (%2)"_s.arg(upload->fileName(), MessageBubble::sizeText(upload->size())), row);
    name->setTextFormat(Qt::PlainText);
    auto *progress = new QProgressBar(row);
    progress->setObjectName(u"uploadProgress"_s);
    progress->setRange(0, 1000);
    progress->setValue(0);
    progress->setMaximumWidth(200);
    progress->setAccessibleName(tr("Upload of %1").arg(upload->fileName()));
    auto *state = new QLabel(row);
    state->setObjectName(u"uploadState"_s);
    state->setTextFormat(Qt::PlainText);
    auto *remove = new QToolButton(row);
    remove->setObjectName(u"removeUploadButton"_s);
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove %1").arg(upload->fileName()));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(name, 1);
    layout->addWidget(progress);
    layout->addWidget(state);
    layout->addWidget(remove);
    m_uploadRows->addWidget(row);
    m_rows.insert(upload, row);

    connect(upload, &AttachmentUpload::progressed, progress,
            [progress](qint64 sent, qint64 total) { progress->setValue(total > 0 ? int(sent * 1000 / total) : 1000); });
    connect(upload, &AttachmentUpload::stateChanged, row, [upload, progress, state] {
        switch (upload->state()) {
        case AttachmentUpload::State::Done:
            progress->setValue(1000);
            state->setText(tr("Ready"));
            break;
        case AttachmentUpload::State::Failed:
            progress->setVisible(false);
            state->setText(upload->errorText());
            FieldErrorLabels::paintAsError(state);
            break;
        case AttachmentUpload::State::Uploading: state->setText(tr("Uploading…")); break;
        case AttachmentUpload::State::Idle:
        case AttachmentUpload::State::Cancelled: break;
        }
    });
    connect(remove, &QToolButton::clicked, this, [this, upload] { removeUpload(upload); });
}

void ChatComposer::removeUpload(AttachmentUpload *upload)
{
    m_uploads.removeAll(upload);
    if (QWidget *row = m_rows.take(upload))
        row->deleteLater();
    if (upload->state() == AttachmentUpload::State::Uploading) {
        // It stops after the chunk on its way, tells the server, then goes.
        connect(upload, &AttachmentUpload::stateChanged, upload, &QObject::deleteLater);
        upload->cancel();
    } else {
        upload->deleteLater();
    }
    updateState();
}

QList<qint64> ChatComposer::attachmentIds() const
{
    QList<qint64> ids;
    for (const AttachmentUpload *upload : m_uploads) {
        if (upload->attachment())
            ids.append(upload->attachment()->id);
    }
    return ids;
}

bool ChatComposer::uploadsRunning() const
{
    return std::any_of(m_uploads.cbegin(), m_uploads.cend(), [](const AttachmentUpload *upload) {
        return upload->state() == AttachmentUpload::State::Uploading
               || upload->state() == AttachmentUpload::State::Idle;
    });
}

void ChatComposer::requestSend()
{
    if (!m_send->isEnabled())
        return;
    const QString body = m_editor->toPlainText();
    const QList<qint64> ids = attachmentIds();
    // An empty body is fine beside files; spaces alone are not.
    const QString toSend = body.trimmed().isEmpty() && !ids.isEmpty() ? QString() : body;
    if (const auto errors = validation::validateMessageBody(toSend, !ids.isEmpty()); !errors.isEmpty()) {
        showError(errors.first().message);
        return;
    }
    Q_EMIT sendRequested(toSend, isNote(), ids);
}

void ChatComposer::setClosed(bool closed, const QString &reason)
{
    m_closed = closed;
    m_closedNotice->setText(reason);
    m_closedNotice->setVisible(closed && !reason.isEmpty());
    updateState();
}

void ChatComposer::setSending(bool sending)
{
    m_sending = sending;
    updateState();
}

void ChatComposer::clearDraft()
{
    m_clearing = true;
    m_editor->clear();
    m_clearing = false;
    for (AttachmentUpload *upload : std::as_const(m_uploads))
        upload->deleteLater();
    m_uploads.clear();
    qDeleteAll(m_rows);
    m_rows.clear();
    setNote(false);
    updateState();
}

void ChatComposer::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ChatComposer::updateState()
{
    const bool usable = !m_closed && !m_sending;
    m_editor->setReadOnly(!usable);
    m_editor->setEnabled(!m_closed);
    m_attach->setEnabled(usable);
    if (m_canned)
        m_canned->setEnabled(usable);
    if (m_note)
        m_note->setEnabled(usable);
    const bool hasSomething = !m_editor->toPlainText().trimmed().isEmpty() || !attachmentIds().isEmpty();
    const bool waiting = uploadsRunning();
    m_send->setEnabled(usable && hasSomething && !waiting);
    m_send->setToolTip(m_closed  ? m_closedNotice->text()
                       : waiting ? tr("Waiting for the files to finish uploading")
                                 : QString());
}

void ChatComposer::paintNoteMode()
{
    // A note must not be mistaken for a reply the customer will read.
    const bool note = isNote();
    QPalette palette = this->palette();
    if (note) {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        palette.setColor(QPalette::Base, dark ? QColor(0x5a, 0x4a, 0x12) : QColor(0xff, 0xf4, 0xc2));
        palette.setColor(QPalette::Text, dark ? QColor(0xf5, 0xf0, 0xdc) : QColor(0x2b, 0x24, 0x00));
    }
    m_editor->setPalette(note ? palette : this->palette());
    m_editor->setPlaceholderText(note ? tr("Write an internal note (only staff will see it)…")
                                      : tr("Write a message…"));
    m_send->setText(note ? tr("Add note") : tr("Send"));
}

void ChatComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ccr::client

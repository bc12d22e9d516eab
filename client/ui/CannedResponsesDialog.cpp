#include "CannedResponsesDialog.h"

#include "FormRows.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "FieldErrorLabels.h"
#include "app/Session.h"
#include "models/CannedResponseModel.h"

#include <domain/CannedText.h>
#include <protocol/Messages.h>
#include <protocol/Reply.h>
#include <validation/Rules.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;

CannedResponsesDialog::CannedResponsesDialog(Session *session, CannedResponseModel *model, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(model)
    , m_admin(session->user() && session->user()->role == domain::Role::Admin)
    , m_list(new QListView(this))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_shared(new QCheckBox(this))
    , m_readOnlyNote(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_new(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_delete(new QPushButton(this))
{
    setObjectName(u"cannedResponsesDialog"_s);
    m_list->setObjectName(u"cannedResponsesList"_s);
    m_title->setObjectName(u"cannedTitleEdit"_s);
    m_body->setObjectName(u"cannedBodyEdit"_s);
    m_shared->setObjectName(u"cannedSharedCheck"_s);
    m_status->setObjectName(u"cannedStatus"_s);
    m_new->setObjectName(u"newCannedButton"_s);
    m_save->setObjectName(u"saveCannedButton"_s);
    m_delete->setObjectName(u"deleteCannedButton"_s);

    m_list->setModel(model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_title->setMaxLength(validation::kMaxCannedTitle);
    m_body->setTabChangesFocus(true);
    m_shared->setVisible(m_admin);
    m_readOnlyNote->setVisible(false);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);
    QStringList names;
    for (const QString &name :
         {domain::placeholder::customerFirstName, domain::placeholder::customerLastName,
          domain::placeholder::agentFirstName, domain::placeholder::ticketId, domain::placeholder::ticketSubject})
        names.append(u"{{"_s + name + u"}}"_s);
    m_placeholderNames = names.join(u", "_s);
    auto *placeholders = new QLabel(this);
    m_placeholders = placeholders;
    placeholders->setObjectName(u"placeholderHelp"_s);
    placeholders->setWordWrap(true);
    placeholders->setTextFormat(Qt::PlainText);
    placeholders->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, m_errors.wrap(validation::field::title, m_title));
    FormRows::addRow(form, m_errors.wrap(validation::field::body, m_body));
    form->addRow(QString(), m_shared);
    auto *editor = new QVBoxLayout;
    editor->addLayout(form, 1);
    editor->addWidget(placeholders);
    editor->addWidget(m_readOnlyNote);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 2);
    columns->addLayout(editor, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(720, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showResponse(current.isValid() ? current.row() : -1); });
    connect(m_new, &QPushButton::clicked, this, &CannedResponsesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &CannedResponsesDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &CannedResponsesDialog::remove);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_errors.clear(validation::field::title); });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] { m_errors.clear(validation::field::body); });
    if (!model->hasLoaded())
        model->load();
    startNew();
    retranslate();
}

void CannedResponsesDialog::retranslate()
{
    setWindowTitle(tr("Canned responses"));
    m_list->setAccessibleName(tr("Canned responses"));
    m_placeholders->setText(tr("Placeholders filled in when inserted: %1").arg(m_placeholderNames));
    m_shared->setText(tr("Shared with all agents and administrators"));
    m_readOnlyNote->setText(tr("Shared responses can be changed by administrators only."));
    m_new->setText(tr("New"));
    m_save->setText(tr("Save"));
    m_delete->setText(tr("Delete"));
    FormRows::setLabel(m_form, m_title, tr("Title"));
    FormRows::setLabel(m_form, m_body, tr("Text"));
}

bool CannedResponsesDialog::mayEdit(const CannedResponse &response) const
{
    return !response.shared || m_admin;
}

void CannedResponsesDialog::showResponse(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        startNew();
        return;
    }
    const CannedResponse &response = m_model->responseAt(row);
    m_editingId = response.id;
    m_errors.clear();
    m_title->setText(response.title);
    m_body->setPlainText(response.body);
    m_shared->setChecked(response.shared);
    const bool editable = mayEdit(response);
    m_title->setReadOnly(!editable);
    m_body->setReadOnly(!editable);
    m_readOnlyNote->setVisible(!editable);
    updateButtons();
}

void CannedResponsesDialog::startNew()
{
    m_editingId = 0;
    m_list->clearSelection();
    m_errors.clear();
    m_title->clear();
    m_body->clear();
    m_shared->setChecked(false);
    m_title->setReadOnly(false);
    m_body->setReadOnly(false);
    m_readOnlyNote->setVisible(false);
    m_title->setFocus();
    updateButtons();
}

void CannedResponsesDialog::updateButtons()
{
    const auto row = m_model->rowOf(m_editingId);
    const bool editable = !row || mayEdit(m_model->responseAt(*row));
    m_save->setEnabled(!m_busyNow && editable);
    m_delete->setEnabled(!m_busyNow && row && editable);
    m_new->setEnabled(!m_busyNow);
    m_shared->setEnabled(!m_busyNow && m_admin);
}

void CannedResponsesDialog::save()
{
    m_errors.clear();
    const validation::CannedResponseText text{m_title->text(), m_body->toPlainText()};
    if (const auto errors = validation::validate(text); !errors.isEmpty()) {
        m_errors.show(errors);
        return;
    }
    QJsonObject params{
        {u"title"_s, text.title.trimmed()}, {u"body"_s, text.body}, {u"shared"_s, m_shared->isChecked()}};
    if (m_editingId > 0)
        params.insert(u"id"_s, m_editingId);
    setBusy(true);
    auto saving = m_session->rpc().call(methods::cannedSave, params);
    QCoro::connect(std::move(saving), this, [this](const Reply &reply) { onSaved(reply); });
}

void CannedResponsesDialog::onSaved(const Reply &reply)
{
    setBusy(false);
    if (!reply.ok()) {
        const auto unplaced = m_errors.show(ErrorText::fieldErrors(*reply.error));
        if (ErrorText::fieldErrors(*reply.error).isEmpty() || !unplaced.isEmpty())
            showStatus(tr("Not saved: %1").arg(ErrorText::describe(*reply.error)), true);
        return;
    }
    const CannedResponse saved = CannedResponse::fromJson(reply.result.value(u"response"_s).toObject());
    m_model->upsert(saved);
    if (const auto row = m_model->rowOf(saved.id))
        m_list->setCurrentIndex(m_model->index(*row, 0));
    showStatus(tr("Saved “%1”.").arg(saved.title), false);
}

void CannedResponsesDialog::remove()
{
    const auto row = m_model->rowOf(m_editingId);
    if (!row)
        return;
    const CannedResponse response = m_model->responseAt(*row);
    setBusy(true);
    auto deleting = m_session->rpc().call(methods::cannedDelete, {{u"id"_s, response.id}});
    QCoro::connect(std::move(deleting), this, [this, response](const Reply &reply) {
        setBusy(false);
        if (!reply.ok()) {
            showStatus(tr("Not deleted: %1").arg(ErrorText::describe(*reply.error)), true);
            return;
        }
        m_model->remove(response.id);
        startNew();
        showStatus(tr("Deleted “%1”.").arg(response.title), false);
    });
}

void CannedResponsesDialog::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_status);
    else
        m_status->setPalette(palette());
    m_status->setVisible(true);
}

void CannedResponsesDialog::setBusy(bool busy)
{
    m_busyNow = busy;
    m_busy->setBusy(busy);
    updateButtons();
}

void CannedResponsesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ccr::client

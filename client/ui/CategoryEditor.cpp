#include "CategoryEditor.h"

#include "FormRows.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {
const QString kName = u"name"_s;
const QString kActive = u"active"_s;
constexpr int kMaxName = 100;
} // namespace

CategoryEditor::CategoryEditor(Session *session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_active(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_new(new QPushButton(this))
    , m_save(new QPushButton(this))
{
    setObjectName(u"categoryEditor"_s);
    m_list->setObjectName(u"categoryList"_s);
    m_name->setObjectName(u"categoryNameEdit"_s);
    m_active->setObjectName(u"categoryActiveCheck"_s);
    m_status->setObjectName(u"categoryStatus"_s);
    m_new->setObjectName(u"newCategoryButton"_s);
    m_save->setObjectName(u"saveCategoryButton"_s);
    m_list->setMinimumHeight(100);
    m_name->setMaxLength(kMaxName * 2); // the server says when it is too long
    m_active->setChecked(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, m_errors.wrap(kName, m_name));
    form->addRow(QString(), m_errors.wrap(kActive, m_active));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_new, 0, Qt::AlignTop);
    buttons->addWidget(m_save, 0, Qt::AlignTop);
    auto *editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addStretch();
    editor->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(editor, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_busy);

    connect(m_list, &QListWidget::currentRowChanged, this, &CategoryEditor::onSelected);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_errors.clear(kName);
        m_status->setVisible(false);
    });
    connect(m_name, &QLineEdit::returnPressed, this, &CategoryEditor::save);
    connect(m_new, &QPushButton::clicked, this, &CategoryEditor::startNew);
    connect(m_save, &QPushButton::clicked, this, &CategoryEditor::save);
    setBusy(true);
    retranslate();
}

void CategoryEditor::retranslate()
{
    setTitle(tr("Categories"));
    m_active->setText(tr("Active — customers can choose it"));
    m_new->setText(tr("New category"));
    // Nothing chosen in the list: the form adds a new one.
    m_save->setText(selectedId() == 0 ? tr("Add category") : tr("Save category"));
    m_list->setAccessibleName(tr("Categories"));
    m_name->setPlaceholderText(tr("e.g. Billing"));
    FormRows::setLabel(m_form, m_name, tr("Name"));
}

void CategoryEditor::load()
{
    setBusy(true);
    auto loading = m_session->rpc().call(methods::categoryList);
    QCoro::connect(std::move(loading), this, [this](const Reply &reply) {
        setBusy(false);
        if (!reply.ok()) {
            showStatus(tr("Could not load the categories: %1").arg(ErrorText::describe(*reply.error)), true);
            return;
        }
        fill(reply.result.value(u"categories"_s).toArray(), selectedId());
    });
}

void CategoryEditor::fill(const QJsonArray &categories, qint64 selectId)
{
    m_categories = categories;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const auto &value : categories) {
        const QJsonObject category = value.toObject();
        const QString name = category.value(kName).toString();
        auto *item =
            new QListWidgetItem(category.value(kActive).toBool() ? name : tr("%1 (inactive)").arg(name), m_list);
        item->setData(Qt::UserRole, category.value(u"id"_s).toInteger());
        if (!category.value(kActive).toBool())
            item->setForeground(palette().color(QPalette::PlaceholderText));
        if (item->data(Qt::UserRole).toLongLong() == selectId)
            m_list->setCurrentItem(item);
    }
    Q_EMIT categoriesChanged(categories);
}

qint64 CategoryEditor::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CategoryEditor::onSelected()
{
    m_errors.clear();
    m_status->setVisible(false);
    const qint64 id = selectedId();
    for (const auto &value : std::as_const(m_categories)) {
        if (value[u"id"_s].toInteger() == id) {
            m_name->setText(value[kName].toString());
            m_active->setChecked(value[kActive].toBool());
            m_save->setText(tr("Save category"));
            return;
        }
    }
}

void CategoryEditor::startNew()
{
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    m_errors.clear();
    m_status->setVisible(false);
    m_name->clear();
    m_active->setChecked(true);
    m_save->setText(tr("Add category"));
    m_name->setFocus();
}

void CategoryEditor::save()
{
    if (!m_save->isEnabled())
        return;
    m_errors.clear();
    m_status->setVisible(false);
    QJsonObject params{{kName, m_name->text()}, {kActive, m_active->isChecked()}};
    if (const qint64 id = selectedId())
        params.insert(u"id"_s, id);
    setBusy(true);
    auto saving = m_session->rpc().call(methods::categorySave, params);
    QCoro::connect(std::move(saving), this, [this](const Reply &reply) { onSaved(reply); });
}

void CategoryEditor::onSaved(const Reply &reply)
{
    setBusy(false);
    if (!reply.ok()) {
        const validation::FieldErrors errors = ErrorText::fieldErrors(*reply.error);
        const auto unplaced = m_errors.show(errors);
        if (errors.isEmpty() || !unplaced.isEmpty())
            showStatus(tr("Not saved: %1").arg(ErrorText::describe(*reply.error)), true);
        if (QWidget *input = m_errors.firstInputWithError())
            input->setFocus();
        return;
    }
    const QJsonObject saved = reply.result.value(u"category"_s).toObject();
    showStatus(tr("“%1” is saved.").arg(saved.value(kName).toString(m_name->text())), false);
    // The list again, in the server's order, with the saved one selected.
    const qint64 savedId = saved.value(u"id"_s).toInteger();
    setBusy(true);
    auto loading = m_session->rpc().call(methods::categoryList);
    QCoro::connect(std::move(loading), this, [this, savedId](const Reply &listed) {
        setBusy(false);
        if (listed.ok())
            fill(listed.result.value(u"categories"_s).toArray(), savedId);
        m_save->setText(tr("Save category"));
    });
}

void CategoryEditor::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_status);
    else
        m_status->setPalette(palette());
    m_status->setVisible(true);
}

void CategoryEditor::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    for (QWidget *input : std::initializer_list<QWidget *>{m_list, m_name, m_active, m_new, m_save})
        input->setEnabled(!busy);
}

void CategoryEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace ccr::client

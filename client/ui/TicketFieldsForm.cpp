#include "TicketFieldsForm.h"

#include "FormRows.h"
#include "TicketWords.h"

#include "app/Logging.h"
#include "app/Session.h"
#include "models/TicketListModel.h"

#include <domain/TicketPriority.h>
#include <protocol/Messages.h>
#include <validation/Rules.h>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTimer>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using domain::TicketPriority;
using protocol::Reply;
namespace field = validation::field;

namespace {
// Field names as the server spells them, so its errors land beside them.
const QString kCategoryField = u"categoryId"_s;
const QString kPriorityField = u"priority"_s;
const QString kPhoneField = u"contactPhone"_s;
const QString kPreferredField = u"preferredContact"_s;
constexpr int kMaxPhone = 32;
} // namespace

TicketFieldsForm::TicketFieldsForm(Session *session, bool suggestPriority, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_suggest(suggestPriority)
    , m_subject(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_category(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_suggestion(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_preferredContact(new QComboBox(this))
    , m_suggestionPause(new QTimer(this))
{
    setObjectName(u"ticketFieldsForm"_s);
    m_subject->setObjectName(u"subjectEdit"_s);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_category->setObjectName(u"categoryCombo"_s);
    m_priority->setObjectName(u"priorityCombo"_s);
    m_suggestion->setObjectName(u"prioritySuggestion"_s);
    m_phone->setObjectName(u"contactPhoneEdit"_s);
    m_preferredContact->setObjectName(u"preferredContactCombo"_s);

    m_subject->setMaxLength(validation::kMaxSubject);
    m_description->setTabChangesFocus(true);
    m_category->addItem(QString(), qint64(0));
    for (auto priority : {TicketPriority::Low, TicketPriority::Normal, TicketPriority::High, TicketPriority::Urgent})
        m_priority->addItem(TicketListModel::priorityText(priority), domain::priorityName(priority));
    m_priority->setCurrentIndex(m_priority->findData(domain::priorityName(TicketPriority::Normal)));
    m_suggestion->setForegroundRole(QPalette::PlaceholderText);
    m_suggestion->setTextFormat(Qt::PlainText);
    m_suggestion->setVisible(false);
    m_phone->setMaxLength(kMaxPhone);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_preferredContact->addItem(QString(), u"email"_s);
    m_preferredContact->addItem(QString(), u"phone"_s);
    m_preferredContact->addItem(QString(), u"chat"_s);

    auto *priorityBox = new QWidget(this);
    auto *priorityLayout = new QVBoxLayout(priorityBox);
    priorityLayout->setContentsMargins(0, 0, 0, 0);
    priorityLayout->setSpacing(2);
    priorityLayout->addWidget(m_priority);
    priorityLayout->addWidget(m_suggestion);

    auto *form = new QFormLayout(this);
    m_form = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, m_errors.wrap(field::subject, m_subject));
    FormRows::addRow(form, m_errors.wrap(field::description, m_description));
    FormRows::addRow(form, m_errors.wrap(kCategoryField, m_category));
    m_priorityBox = priorityBox;
    FormRows::addRow(form, m_errors.wrap(kPriorityField, priorityBox));
    FormRows::addRow(form, m_errors.wrap(kPhoneField, m_phone));
    FormRows::addRow(form, m_errors.wrap(kPreferredField, m_preferredContact));

    connect(m_subject, &QLineEdit::textEdited, this, [this] { m_errors.clear(field::subject); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { m_errors.clear(field::description); });
    connect(m_phone, &QLineEdit::textEdited, this, [this] { m_errors.clear(kPhoneField); });
    // activated is the person's own pick, never a programmatic change.
    connect(m_priority, &QComboBox::activated, this, [this] {
        m_priorityTouched = true;
        m_errors.clear(kPriorityField);
    });
    if (m_suggest) {
        m_suggestionPause->setSingleShot(true);
        m_suggestionPause->setInterval(kSuggestionPauseMs);
        connect(m_subject, &QLineEdit::textChanged, m_suggestionPause, qOverload<>(&QTimer::start));
        connect(m_description, &QPlainTextEdit::textChanged, m_suggestionPause, qOverload<>(&QTimer::start));
        connect(m_suggestionPause, &QTimer::timeout, this, &TicketFieldsForm::askForSuggestion);
    }
    loadCategories();
    retranslate();
}

void TicketFieldsForm::retranslate()
{
    m_subject->setPlaceholderText(tr("In a few words, what is wrong?"));
    m_description->setPlaceholderText(tr("What happened, since when, and what you have tried."));
    m_phone->setPlaceholderText(tr("Optional, e.g. +91 98765 43210"));
    m_category->setItemText(0, tr("Not sure"));
    m_preferredContact->setItemText(0, tr("Email"));
    m_preferredContact->setItemText(1, tr("Phone"));
    m_preferredContact->setItemText(2, tr("Chat in the app"));
    FormRows::setLabel(m_form, m_subject, tr("Subject"));
    FormRows::setLabel(m_form, m_description, tr("Description"));
    FormRows::setLabel(m_form, m_category, tr("Category"));
    FormRows::setLabel(m_form, m_phone, tr("Contact phone"));
    FormRows::setLabel(m_form, m_preferredContact, tr("Preferred contact"));
    FormRows::setLabel(m_form, m_priorityBox, m_suggest ? tr("Priority") : tr("How urgent is it?"));
    for (int i = 0; i < m_priority->count(); ++i)
        m_priority->setItemText(i, TicketWords::priority(m_priority->itemData(i).toString()));
}

void TicketFieldsForm::loadCategories()
{
    auto listing = m_session->rpc().call(protocol::methods::categoryList);
    QCoro::connect(std::move(listing), this, [this](const Reply &reply) {
        if (!reply.ok()) {
            qCWarning(lcClientApp) << "categories not loaded:" << reply.error->message;
            return;
        }
        const qint64 chosen = m_category->currentData().toLongLong();
        for (const auto &value : reply.result.value(u"categories"_s).toArray()) {
            const QJsonObject category = value.toObject();
            if (category.value(u"active"_s).toBool(true))
                m_category->addItem(category.value(u"name"_s).toString(), category.value(u"id"_s).toInteger());
        }
        m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));
    });
}

void TicketFieldsForm::askForSuggestion()
{
    const QString subject = m_subject->text().trimmed();
    const QString description = m_description->toPlainText().trimmed();
    if (subject.isEmpty() && description.isEmpty())
        return;
    const int generation = ++m_suggestionGeneration;
    const QJsonObject params{{field::subject, subject}, {field::description, description}};
    auto asking = m_session->rpc().call(protocol::methods::ticketSuggestPriority, params);
    QCoro::connect(std::move(asking), this,
                   [this, generation](const Reply &reply) { showSuggestion(reply, generation); });
}

void TicketFieldsForm::showSuggestion(const Reply &reply, int generation)
{
    if (generation != m_suggestionGeneration)
        return; // the words changed again since
    if (!reply.ok()) {
        qCInfo(lcClientApp) << "no priority suggestion:" << reply.error->message;
        m_suggestion->setVisible(false);
        return;
    }
    const auto priority = domain::priorityFromName(reply.result.value(u"priority"_s).toString());
    if (!priority)
        return;
    QStringList reasons;
    for (const auto &reason : reply.result.value(u"reasons"_s).toArray())
        reasons.append(reason.toString());
    const QString name = TicketListModel::priorityText(*priority);
    m_suggestion->setText(reasons.isEmpty() ? tr("Suggested: %1").arg(name)
                                            : tr("Suggested: %1 (%2)").arg(name, reasons.join(tr(", "))));
    m_suggestion->setVisible(true);
    if (!m_priorityTouched)
        m_priority->setCurrentIndex(m_priority->findData(domain::priorityName(*priority)));
}

bool TicketFieldsForm::validate()
{
    m_errors.clear();
    const validation::NewTicket ticket{m_subject->text(), m_description->toPlainText()};
    const auto errors = validation::validate(ticket);
    if (errors.isEmpty())
        return true;
    m_errors.show(errors);
    if (QWidget *input = m_errors.firstInputWithError())
        input->setFocus();
    return false;
}

QJsonObject TicketFieldsForm::params() const
{
    QJsonObject params{{field::subject, m_subject->text().trimmed()},
                       {field::description, m_description->toPlainText().trimmed()},
                       {kPriorityField, m_priority->currentData().toString()},
                       {kPreferredField, m_preferredContact->currentData().toString()}};
    if (const qint64 category = m_category->currentData().toLongLong(); category > 0)
        params.insert(kCategoryField, category);
    if (const QString phone = m_phone->text().trimmed(); !phone.isEmpty())
        params.insert(kPhoneField, phone);
    return params;
}

validation::FieldErrors TicketFieldsForm::showErrors(const protocol::ApiError &error)
{
    validation::FieldErrors errors = validation::fieldErrorsFromJson(error.details);
    if (errors.isEmpty() && !error.field.isEmpty())
        errors.append({error.field, error.message});
    const auto unplaced = m_errors.show(errors);
    if (QWidget *input = m_errors.firstInputWithError())
        input->setFocus();
    return unplaced;
}

void TicketFieldsForm::clearErrors()
{
    m_errors.clear();
}

void TicketFieldsForm::setBusy(bool busy)
{
    m_subject->setEnabled(!busy);
    m_description->setReadOnly(busy);
    for (QWidget *input : {static_cast<QWidget *>(m_category), static_cast<QWidget *>(m_priority),
                           static_cast<QWidget *>(m_phone), static_cast<QWidget *>(m_preferredContact)})
        input->setEnabled(!busy);
}

void TicketFieldsForm::setContactPhone(const QString &phone)
{
    m_phone->setText(phone);
}

void TicketFieldsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ccr::client

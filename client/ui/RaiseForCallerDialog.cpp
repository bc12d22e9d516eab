#include "RaiseForCallerDialog.h"

#include "FormRows.h"

#include "BusyIndicator.h"
#include "TicketFieldsForm.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>
#include <validation/Rules.h>

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace field = validation::field;

namespace {
const QString kCustomerField = u"customerId"_s;
const QString kPhoneField = u"phone"_s;
const QString kNewCustomerPrefix = u"newCustomer."_s;
constexpr int kSearchLimit = 20;
constexpr int kMaxPhone = 32;
enum ResultRole
{
    CustomerIdRole = Qt::UserRole + 1,
    CustomerPhoneRole,
    CustomerNameRole
};

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

RaiseForCallerDialog::RaiseForCallerDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_existing(new QRadioButton(this))
    , m_new(new QRadioButton(this))
    , m_callerPages(new QStackedWidget(this))
    , m_search(lineEdit(u"customerSearchEdit"_s, this))
    , m_results(new QListWidget(this))
    , m_searchStatus(new QLabel(this))
    , m_firstName(lineEdit(u"newFirstNameEdit"_s, this))
    , m_lastName(lineEdit(u"newLastNameEdit"_s, this))
    , m_email(lineEdit(u"newEmailEdit"_s, this))
    , m_phone(lineEdit(u"newPhoneEdit"_s, this))
    , m_fields(new TicketFieldsForm(session, true, this))
    , m_generalError(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_create(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_searchPause(new QTimer(this))
{
    setObjectName(u"raiseForCallerDialog"_s);
    m_existing->setObjectName(u"existingCustomerRadio"_s);
    m_new->setObjectName(u"newCustomerRadio"_s);
    m_results->setObjectName(u"customerResults"_s);
    m_searchStatus->setObjectName(u"customerSearchStatus"_s);
    m_generalError->setObjectName(u"raiseForCallerError"_s);
    m_create->setObjectName(u"raiseTicketButton"_s);
    m_create->setDefault(true);
    m_existing->setChecked(true);

    m_search->setClearButtonEnabled(true);
    m_results->setMinimumHeight(110);
    m_searchStatus->setTextFormat(Qt::PlainText);
    m_searchStatus->setForegroundRole(QPalette::PlaceholderText);
    m_searchStatus->setText(tr("Type a name, an email or a phone number."));
    m_firstName->setMaxLength(validation::kMaxName);
    m_lastName->setMaxLength(validation::kMaxName);
    m_email->setMaxLength(validation::kMaxEmail);
    m_phone->setMaxLength(kMaxPhone);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_generalError->setWordWrap(true);
    m_generalError->setTextFormat(Qt::PlainText);
    m_generalError->setVisible(false);
    FieldErrorLabels::paintAsError(m_generalError);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPauseMs);

    auto *findPage = new QWidget(m_callerPages);
    auto *findLayout = new QVBoxLayout(findPage);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_search);
    findLayout->addWidget(m_callerErrors.wrap(kCustomerField, m_results));
    findLayout->addWidget(m_searchStatus);

    auto *newPage = new QWidget(m_callerPages);
    auto *newForm = new QFormLayout(newPage);
    newForm->setContentsMargins(0, 0, 0, 0);
    newForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form = newForm;
    FormRows::addRow(newForm, m_callerErrors.wrap(field::firstName, m_firstName));
    FormRows::addRow(newForm, m_callerErrors.wrap(field::lastName, m_lastName));
    FormRows::addRow(newForm, m_callerErrors.wrap(field::email, m_email));
    FormRows::addRow(newForm, m_callerErrors.wrap(kPhoneField, m_phone));
    auto *claimNote = new QLabel(newPage);
    m_claimNote = claimNote;
    claimNote->setWordWrap(true);
    claimNote->setForegroundRole(QPalette::PlaceholderText);
    newForm->addRow(claimNote);

    m_callerPages->addWidget(findPage);
    m_callerPages->addWidget(newPage);
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_existing);
    choice->addButton(m_new);

    auto *caller = new QGroupBox(this);
    m_callerBox = caller;
    auto *callerLayout = new QVBoxLayout(caller);
    auto *radios = new QHBoxLayout;
    radios->addWidget(m_existing);
    radios->addWidget(m_new);
    radios->addStretch();
    callerLayout->addLayout(radios);
    callerLayout->addWidget(m_callerPages);

    auto *ticket = new QGroupBox(this);
    m_ticketBox = ticket;
    auto *ticketLayout = new QVBoxLayout(ticket);
    ticketLayout->addWidget(m_fields);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caller);
    layout->addWidget(ticket, 1);
    layout->addWidget(m_generalError);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    resize(620, 760);

    connect(m_new, &QRadioButton::toggled, this, [this](bool checked) {
        m_callerPages->setCurrentIndex(checked ? 1 : 0);
        m_callerErrors.clear();
        (checked ? m_firstName : m_search)->setFocus();
    });
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &RaiseForCallerDialog::searchCustomers);
    connect(m_results, &QListWidget::currentItemChanged, this, &RaiseForCallerDialog::onCustomerPicked);
    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_phone}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_callerErrors.clear(edit == m_firstName  ? field::firstName
                                 : edit == m_lastName ? field::lastName
                                 : edit == m_email    ? field::email
                                                      : kPhoneField);
        });
    }
    connect(m_phone, &QLineEdit::textEdited, m_fields, &TicketFieldsForm::setContactPhone);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RaiseForCallerDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_search->setFocus();
    retranslate();
}

void RaiseForCallerDialog::retranslate()
{
    m_existing->setText(tr("Find a customer"));
    m_new->setText(tr("New customer"));
    m_search->setPlaceholderText(tr("Name, email or phone number"));
    m_search->setAccessibleName(tr("Find a customer"));
    m_results->setAccessibleName(tr("Matching customers"));
    FormRows::setLabel(m_form, m_firstName, tr("First name"));
    FormRows::setLabel(m_form, m_lastName, tr("Last name"));
    FormRows::setLabel(m_form, m_email, tr("Email"));
    FormRows::setLabel(m_form, m_phone, tr("Phone"));
    setWindowTitle(tr("Raise a ticket for a caller"));
    m_create->setText(tr("Raise ticket"));
    m_claimNote->setText(tr("They get an email with a code to claim their account."));
    m_callerBox->setTitle(tr("Caller"));
    m_ticketBox->setTitle(tr("Ticket"));
}

bool RaiseForCallerDialog::newCustomerChosen() const
{
    return m_new->isChecked();
}

void RaiseForCallerDialog::searchCustomers()
{
    const QString query = m_search->text().trimmed();
    const int generation = ++m_searchGeneration;
    if (query.isEmpty()) {
        m_results->clear();
        m_searchStatus->setText(tr("Type a name, an email or a phone number."));
        return;
    }
    m_searchStatus->setText(tr("Searching…"));
    const QJsonObject params{{u"query"_s, query}, {u"limit"_s, kSearchLimit}};
    auto searching = m_session->rpc().call(protocol::methods::customerSearch, params);
    QCoro::connect(std::move(searching), this,
                   [this, generation](const Reply &reply) { showCustomers(reply, generation); });
}

void RaiseForCallerDialog::showCustomers(const Reply &reply, int generation)
{
    if (generation != m_searchGeneration)
        return; // the caller spelled more since
    m_results->clear();
    if (!reply.ok()) {
        m_searchStatus->setText(tr("Could not search: %1").arg(reply.error->message));
        return;
    }
    const QJsonArray customers = reply.result.value(u"customers"_s).toArray();
    for (const auto &value : customers) {
        const QJsonObject customer = value.toObject();
        const QString name =
            (customer.value(u"firstName"_s).toString() + u' ' + customer.value(u"lastName"_s).toString()).trimmed();
        QStringList parts{name, customer.value(u"email"_s).toString()};
        const QString phone = customer.value(u"phone"_s).toString();
        if (!phone.isEmpty())
            parts.append(phone);
        auto *item = new QListWidgetItem(parts.join(u"  ·  "_s), m_results);
        item->setData(CustomerIdRole, customer.value(u"id"_s).toInteger());
        item->setData(CustomerPhoneRole, phone);
        item->setData(CustomerNameRole, name);
    }
    m_searchStatus->setText(customers.isEmpty()
                                ? tr("Nobody matches “%1”. Add them as a new customer.").arg(m_search->text().trimmed())
                                : tr("%n customer(s) found — pick one.", nullptr, int(customers.size())));
    if (customers.size() == 1)
        m_results->setCurrentRow(0);
}

void RaiseForCallerDialog::onCustomerPicked()
{
    m_callerErrors.clear(kCustomerField);
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    // Most callers want to be rung back on the number we have for them.
    const QString phone = item->data(CustomerPhoneRole).toString();
    if (!phone.isEmpty())
        m_fields->setContactPhone(phone);
}

bool RaiseForCallerDialog::validateCaller()
{
    m_callerErrors.clear();
    validation::FieldErrors errors;
    if (!newCustomerChosen()) {
        if (!m_results->currentItem())
            errors.append({kCustomerField, tr("Pick the caller from the list, or add them as a new customer.")});
    } else {
        // The registration rules for names and email, without a password.
        const auto registration = validation::validate(validation::Registration{
            m_firstName->text(), m_lastName->text(), m_email->text(), u"placeholder only"_s, u"placeholder only"_s});
        for (const auto &error : registration) {
            if (error.field == field::firstName || error.field == field::lastName || error.field == field::email)
                errors.append(error);
        }
    }
    if (errors.isEmpty())
        return true;
    m_callerErrors.show(errors);
    if (QWidget *input = m_callerErrors.firstInputWithError())
        input->setFocus();
    return false;
}

void RaiseForCallerDialog::submit()
{
    if (!m_create->isEnabled())
        return;
    m_generalError->setVisible(false);
    const bool callerOk = validateCaller();
    const bool ticketOk = m_fields->validate();
    if (!callerOk || !ticketOk)
        return;
    QJsonObject params = m_fields->params();
    if (newCustomerChosen()) {
        QJsonObject customer{{field::firstName, m_firstName->text().trimmed()},
                             {field::lastName, m_lastName->text().trimmed()},
                             {field::email, m_email->text().trimmed()}};
        if (const QString phone = m_phone->text().trimmed(); !phone.isEmpty())
            customer.insert(kPhoneField, phone);
        params.insert(u"newCustomer"_s, customer);
    } else {
        params.insert(kCustomerField, m_results->currentItem()->data(CustomerIdRole).toLongLong());
    }
    setBusy(true);
    auto creating = m_session->rpc().call(protocol::methods::ticketCreateForCustomer, params);
    QCoro::connect(std::move(creating), this, [this](const Reply &reply) { onReply(reply); });
}

void RaiseForCallerDialog::onReply(const Reply &reply)
{
    setBusy(false);
    if (reply.ok()) {
        const QJsonObject customer = reply.result.value(u"customer"_s).toObject();
        const QString name =
            (customer.value(u"firstName"_s).toString() + u' ' + customer.value(u"lastName"_s).toString()).trimmed();
        Q_EMIT ticketRaised(domain::TicketSummary::fromJson(reply.result.value(u"ticket"_s).toObject()), name,
                            reply.result.value(u"customerCreated"_s).toBool());
        accept();
        return;
    }
    const protocol::ApiError &error = *reply.error;
    // The new customer's fields may come back as "newCustomer.email" or "email".
    validation::FieldErrors callerErrors = validation::fieldErrorsFromJson(error.details);
    if (callerErrors.isEmpty() && !error.field.isEmpty())
        callerErrors.append({error.field, error.message});
    for (auto &fieldError : callerErrors) {
        if (fieldError.field.startsWith(kNewCustomerPrefix))
            fieldError.field = fieldError.field.mid(kNewCustomerPrefix.size());
    }
    // Subject and the like belong to the ticket's form; the rest to the caller's.
    const auto notCaller = m_callerErrors.show(callerErrors);
    QJsonArray rest;
    for (const auto &fieldError : notCaller)
        rest.append(QJsonObject{{u"field"_s, fieldError.field}, {u"message"_s, fieldError.message}});
    protocol::ApiError forTicket = error;
    forTicket.field.clear();
    forTicket.details = rest;
    const auto unplaced = rest.isEmpty() ? validation::FieldErrors{} : m_fields->showErrors(forTicket);
    if (callerErrors.isEmpty() || !unplaced.isEmpty()) {
        m_generalError->setText(tr("The ticket was not raised: %1").arg(error.message));
        m_generalError->setVisible(true);
    }
    if (QWidget *input = m_callerErrors.firstInputWithError())
        input->setFocus();
}

void RaiseForCallerDialog::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    m_fields->setBusy(busy);
    m_create->setEnabled(!busy);
    for (QWidget *input : std::initializer_list<QWidget *>{m_existing, m_new, m_search, m_results, m_firstName,
                                                           m_lastName, m_email, m_phone})
        input->setEnabled(!busy);
}

void RaiseForCallerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ccr::client

#include "RegistrationWidget.h"

#include "FormRows.h"

#include "BusyIndicator.h"
#include "CenteredColumn.h"
#include "ErrorText.h"
#include "LanguageCombo.h"
#include "app/Session.h"

#include <protocol/Reply.h>

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace field = validation::field;

namespace {
constexpr int kFormWidth = 460;
}

QLineEdit *RegistrationWidget::addField(const QString &field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(field + u"Edit"_s);
    // Editing a field is the user fixing it: its old complaint goes.
    connect(edit, &QLineEdit::textEdited, this, [this, field] { m_errors.clear(field); });
    connect(edit, &QLineEdit::returnPressed, this, &RegistrationWidget::submit);
    m_inputs.append(edit);
    return edit;
}

RegistrationWidget::RegistrationWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_firstName(addField(field::firstName))
    , m_lastName(addField(field::lastName))
    , m_email(addField(field::email))
    , m_password(addField(field::password))
    , m_confirmation(addField(field::passwordConfirmation))
    , m_agent(new QCheckBox(this))
    , m_agentNote(new QLabel(this))
    , m_server(new QLabel(this))
    , m_generalError(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_register(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(u"registrationWidget"_s);
    m_register->setObjectName(u"registerButton"_s);
    m_back->setObjectName(u"backToLoginButton"_s);
    m_generalError->setObjectName(u"registrationError"_s);
    m_server->setObjectName(u"registrationServer"_s);
    m_agent->setObjectName(u"agentCheck"_s);
    m_agentNote->setObjectName(u"agentNote"_s);

    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_generalError->setWordWrap(true);
    m_generalError->setTextFormat(Qt::PlainText);
    m_generalError->setVisible(false);
    FieldErrorLabels::paintAsError(m_generalError);
    m_register->setDefault(true);
    m_server->setTextFormat(Qt::PlainText);
    m_agentNote->setWordWrap(true);
    m_agentNote->setForegroundRole(QPalette::PlaceholderText);
    m_agentNote->setVisible(false);

    auto *title = new QLabel(this);
    m_title = title;
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, m_errors.wrap(field::firstName, m_firstName));
    FormRows::addRow(form, m_errors.wrap(field::lastName, m_lastName));
    FormRows::addRow(form, m_errors.wrap(field::email, m_email));
    FormRows::addRow(form, m_errors.wrap(field::password, m_password));
    FormRows::addRow(form, m_errors.wrap(field::passwordConfirmation, m_confirmation));
    auto *agentRow = new QVBoxLayout;
    agentRow->setSpacing(2);
    agentRow->addWidget(m_agent);
    agentRow->addWidget(m_agentNote);
    form->addRow(QString(), agentRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_register);

    QVBoxLayout *content = addCenteredColumn(this, kFormWidth);
    content->addWidget(title);
    content->addWidget(m_server);
    content->addSpacing(12);
    content->addLayout(form);
    content->addWidget(m_generalError);
    content->addWidget(m_busy);
    content->addLayout(buttons);

    connect(m_register, &QPushButton::clicked, this, &RegistrationWidget::submit);
    connect(m_back, &QPushButton::clicked, this, &RegistrationWidget::backRequested);
    connect(m_agent, &QCheckBox::toggled, m_agentNote, &QWidget::setVisible);
    retranslate();
}

void RegistrationWidget::retranslate()
{
    m_agent->setText(tr("I am an agent"));
    m_agentNote->setText(tr("Agent accounts start once an administrator approves them."));
    m_register->setText(tr("Create account"));
    m_back->setText(tr("Back to login"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, validation::kMinPassword));
    m_title->setText(tr("Create an account"));
    FormRows::setLabel(m_form, m_firstName, tr("First name"));
    FormRows::setLabel(m_form, m_lastName, tr("Last name"));
    FormRows::setLabel(m_form, m_email, tr("Email"));
    FormRows::setLabel(m_form, m_password, tr("Password"));
    FormRows::setLabel(m_form, m_confirmation, tr("Confirm password"));
}

void RegistrationWidget::setServerName(const QString &server)
{
    m_server->setText(tr("Your account will be created on %1.").arg(server));
}

void RegistrationWidget::reset()
{
    for (QLineEdit *edit : std::as_const(m_inputs))
        edit->clear();
    m_agent->setChecked(false);
    m_errors.clear();
    m_generalError->setVisible(false);
    m_firstName->setFocus();
}

validation::Registration RegistrationWidget::input() const
{
    return {m_firstName->text(), m_lastName->text(), m_email->text().trimmed(), m_password->text(),
            m_confirmation->text()};
}

void RegistrationWidget::submit()
{
    if (!m_register->isEnabled())
        return; // already on its way
    m_errors.clear();
    m_generalError->setVisible(false);
    m_submitted = input();
    if (const auto errors = validation::validate(m_submitted); !errors.isEmpty()) {
        showErrors(errors);
        return; // nothing goes to the server until the rules hold
    }
    setBusy(true);
    const auto kind = m_agent->isChecked() ? Session::AccountKind::Agent : Session::AccountKind::Customer;
    // Mails come in the language the person is using the client in.
    auto registering = m_session->registerAccount(m_submitted, kind, LanguageCombo::uiLanguage());
    QCoro::connect(std::move(registering), this, [this](const Reply &reply) { onRegistered(reply); });
}

void RegistrationWidget::onRegistered(const Reply &reply)
{
    if (!reply.ok()) {
        setBusy(false);
        // email_taken names its field the way validation errors do.
        const validation::FieldErrors errors = ErrorText::fieldErrors(*reply.error);
        if (errors.isEmpty())
            showGeneralError(ErrorText::describe(*reply.error));
        else
            showErrors(errors);
        return;
    }
    auto loggingIn = m_session->logIn(m_submitted.email, m_submitted.password);
    QCoro::connect(std::move(loggingIn), this, [this](const Reply &reply) { onLoggedIn(reply); });
}

void RegistrationWidget::onLoggedIn(const Reply &reply)
{
    setBusy(false);
    const QString email = m_submitted.email;
    m_submitted = {}; // no password kept longer than needed
    if (reply.ok()) {
        reset(); // the session's loggedIn signal has moved the window on
        return;
    }
    reset();
    Q_EMIT registeredButNotLoggedIn(
        email, tr("Your account was created, but logging in failed: %1").arg(ErrorText::describe(*reply.error)));
}

void RegistrationWidget::showErrors(const validation::FieldErrors &errors)
{
    const auto unplaced = m_errors.show(errors);
    QStringList messages;
    for (const auto &error : unplaced)
        messages.append(error.message);
    if (!messages.isEmpty())
        showGeneralError(messages.join(u'\n'));
    if (QWidget *input = m_errors.firstInputWithError())
        input->setFocus();
}

void RegistrationWidget::showGeneralError(const QString &message)
{
    m_generalError->setText(message);
    m_generalError->setVisible(true);
}

void RegistrationWidget::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    for (QLineEdit *edit : std::as_const(m_inputs))
        edit->setEnabled(!busy);
    m_agent->setEnabled(!busy);
    m_register->setEnabled(!busy);
    m_back->setEnabled(!busy);
    m_register->setText(busy ? tr("Creating account…") : tr("Create account"));
}

void RegistrationWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ccr::client

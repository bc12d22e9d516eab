#include "PasswordCodeWidget.h"

#include "FormRows.h"

#include "BusyIndicator.h"
#include "CenteredColumn.h"
#include "ErrorText.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>
#include <validation/Rules.h>

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace field = validation::field;
namespace methods = protocol::methods;

namespace {
constexpr int kFormWidth = 460;
const QString kCodeField = u"code"_s;
constexpr int kCodeLength = 6;
} // namespace

QLineEdit *PasswordCodeWidget::addField(const QString &field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(field + u"Edit"_s);
    connect(edit, &QLineEdit::textEdited, this, [this, field] { m_errors.clear(field); });
    m_inputs.append(edit);
    return edit;
}

PasswordCodeWidget::PasswordCodeWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_email(addField(field::email))
    , m_code(addField(kCodeField))
    , m_password(addField(field::password))
    , m_confirmation(addField(field::passwordConfirmation))
    , m_sendCode(new QPushButton(this))
    , m_codeSection(new QWidget(this))
    , m_notice(new QLabel(this))
    , m_generalError(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_submit(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(u"passwordCodeWidget"_s);
    m_title->setObjectName(u"passwordCodeTitle"_s);
    m_sendCode->setObjectName(u"sendCodeButton"_s);
    m_codeSection->setObjectName(u"codeSection"_s);
    m_notice->setObjectName(u"codeNotice"_s);
    m_generalError->setObjectName(u"passwordCodeError"_s);
    m_submit->setObjectName(u"setPasswordButton"_s);
    m_back->setObjectName(u"backToLoginButton"_s);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_code->setMaxLength(kCodeLength);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,6}"_s), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setVisible(false);
    m_generalError->setWordWrap(true);
    m_generalError->setTextFormat(Qt::PlainText);
    m_generalError->setVisible(false);
    FieldErrorLabels::paintAsError(m_generalError);
    m_submit->setDefault(true);

    auto *emailRow = new QHBoxLayout;
    emailRow->setContentsMargins(0, 0, 0, 0);
    emailRow->addWidget(m_errors.wrap(field::email, m_email), 1);
    emailRow->addWidget(m_sendCode, 0, Qt::AlignTop);
    auto *emailForm = new QFormLayout;
    emailForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_emailLabel = new QLabel(this);
    m_emailLabel->setBuddy(m_email);
    emailForm->addRow(m_emailLabel, emailRow);

    auto *codeForm = new QFormLayout(m_codeSection);
    m_form = codeForm;
    codeForm->setContentsMargins(0, 0, 0, 0);
    codeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(codeForm, m_errors.wrap(kCodeField, m_code));
    FormRows::addRow(codeForm, m_errors.wrap(field::password, m_password));
    FormRows::addRow(codeForm, m_errors.wrap(field::passwordConfirmation, m_confirmation));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_submit);

    QVBoxLayout *content = addCenteredColumn(this, kFormWidth);
    content->addWidget(m_title);
    content->addWidget(m_intro);
    content->addSpacing(12);
    content->addLayout(emailForm);
    content->addWidget(m_notice);
    content->addWidget(m_codeSection);
    content->addWidget(m_generalError);
    content->addWidget(m_busy);
    content->addLayout(buttons);

    connect(m_sendCode, &QPushButton::clicked, this, &PasswordCodeWidget::requestCode);
    connect(m_email, &QLineEdit::returnPressed, this, [this] {
        if (m_sendCode->isVisible())
            requestCode();
    });
    connect(m_confirmation, &QLineEdit::returnPressed, this, &PasswordCodeWidget::submit);
    connect(m_submit, &QPushButton::clicked, this, &PasswordCodeWidget::submit);
    connect(m_back, &QPushButton::clicked, this, &PasswordCodeWidget::backRequested);
    retranslate();
}

void PasswordCodeWidget::retranslate()
{
    m_sendCode->setText(tr("Send me a code"));
    m_back->setText(tr("Back to login"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_code->setPlaceholderText(tr("6 digits from the email"));
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, validation::kMinPassword));
    FormRows::setLabel(m_form, m_code, tr("Code"));
    FormRows::setLabel(m_form, m_password, tr("New password"));
    FormRows::setLabel(m_form, m_confirmation, tr("Confirm password"));
    m_emailLabel->setText(tr("Email"));
    showPurposeTexts();
}

void PasswordCodeWidget::showPurposeTexts()
{
    const bool reset = m_purpose == Purpose::ResetPassword;
    m_title->setText(reset ? tr("Reset your password") : tr("Accept your invitation"));
    m_intro->setText(reset ? tr("Enter the email of your account. We will mail you a 6-digit code to set a new "
                                "password with.")
                           : tr("Enter your email, the 6-digit code from your invitation email, and the password "
                                "you want to use."));
    m_submit->setText(reset ? tr("Set new password") : tr("Activate my account"));
    // Once a code was asked for, the button asks for another.
    m_sendCode->setText(reset && m_codeSection->isVisibleTo(this) ? tr("Send another code") : tr("Send me a code"));
}

void PasswordCodeWidget::start(Purpose purpose, const QString &email)
{
    m_purpose = purpose;
    for (QLineEdit *edit : std::as_const(m_inputs))
        edit->clear();
    m_errors.clear();
    m_generalError->setVisible(false);
    m_notice->setVisible(false);
    m_email->setText(email);
    const bool reset = purpose == Purpose::ResetPassword;
    m_sendCode->setVisible(reset);
    // A reset asks for the code first; an invitation brought its code along.
    m_codeSection->setVisible(!reset);
    m_submit->setVisible(!reset);
    showPurposeTexts();
    QLineEdit *first = email.isEmpty() || reset ? m_email : m_code;
    first->setFocus();
}

void PasswordCodeWidget::requestCode()
{
    if (!m_sendCode->isEnabled())
        return;
    m_errors.clear();
    m_generalError->setVisible(false);
    const QString email = m_email->text().trimmed();
    if (!validation::isValidEmail(email)) {
        showErrors({{field::email, tr("Enter the email address of your account.")}});
        return;
    }
    setBusy(true);
    auto requesting = m_session->callConnected(methods::authRequestPasswordReset, {{field::email, email}});
    QCoro::connect(std::move(requesting), this, [this](const Reply &reply) { onCodeRequested(reply); });
}

void PasswordCodeWidget::onCodeRequested(const Reply &reply)
{
    setBusy(false);
    if (!reply.ok()) {
        showServerError(reply);
        return;
    }
    // The server's neutral answer, which never says whether the email has an account.
    m_notice->setText(reply.result.value(u"message"_s).toString());
    m_notice->setVisible(true);
    m_sendCode->setText(tr("Send another code"));
    m_codeSection->setVisible(true);
    m_submit->setVisible(true);
    m_code->setFocus();
}

void PasswordCodeWidget::submit()
{
    if (!m_submit->isEnabled() || !m_submit->isVisible())
        return;
    m_errors.clear();
    m_generalError->setVisible(false);
    const QString email = m_email->text().trimmed();
    validation::FieldErrors errors;
    if (!validation::isValidEmail(email))
        errors.append({field::email, tr("Enter the email address of your account.")});
    if (m_code->text().size() != kCodeLength)
        errors.append({kCodeField, tr("Enter the 6-digit code from the email.")});
    errors.append(validation::validatePassword(m_password->text(), m_confirmation->text()));
    if (!errors.isEmpty()) {
        showErrors(errors);
        return; // nothing goes to the server until the rules hold
    }
    m_submittedEmail = email;
    m_submittedPassword = m_password->text();
    const QJsonObject params{{field::email, email},
                             {kCodeField, m_code->text()},
                             {field::password, m_password->text()},
                             {field::passwordConfirmation, m_confirmation->text()}};
    const auto method =
        m_purpose == Purpose::ResetPassword ? methods::authResetPassword : methods::authAcceptInvitation;
    setBusy(true);
    auto setting = m_session->callConnected(method, params);
    QCoro::connect(std::move(setting), this, [this](const Reply &reply) { onPasswordSet(reply); });
}

void PasswordCodeWidget::onPasswordSet(const Reply &reply)
{
    if (!reply.ok()) {
        setBusy(false);
        m_submittedPassword.clear();
        showServerError(reply);
        return;
    }
    auto loggingIn = m_session->logIn(m_submittedEmail, m_submittedPassword);
    QCoro::connect(std::move(loggingIn), this, [this](const Reply &reply) { onLoggedIn(reply); });
}

void PasswordCodeWidget::onLoggedIn(const Reply &reply)
{
    setBusy(false);
    const QString email = std::exchange(m_submittedEmail, {});
    m_submittedPassword.clear(); // no password kept longer than needed
    for (QLineEdit *edit : std::as_const(m_inputs))
        edit->clear();
    if (reply.ok())
        return; // the session's loggedIn signal has moved the window on
    Q_EMIT passwordSetButNotLoggedIn(
        email, tr("Your password is set, but logging in failed: %1").arg(ErrorText::describe(*reply.error)));
}

void PasswordCodeWidget::showServerError(const Reply &reply)
{
    // code_invalid names the code field; validation_failed lists the
    // password rules; rate_limited and the rest go under the form.
    const validation::FieldErrors errors = ErrorText::fieldErrors(*reply.error);
    const auto unplaced = m_errors.show(errors);
    if (errors.isEmpty() || !unplaced.isEmpty())
        showGeneralError(ErrorText::describe(*reply.error));
    if (QWidget *input = m_errors.firstInputWithError())
        input->setFocus();
}

void PasswordCodeWidget::showErrors(const validation::FieldErrors &errors)
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

void PasswordCodeWidget::showGeneralError(const QString &message)
{
    m_generalError->setText(message);
    m_generalError->setVisible(true);
}

void PasswordCodeWidget::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    for (QLineEdit *edit : std::as_const(m_inputs))
        edit->setEnabled(!busy);
    m_sendCode->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    m_back->setEnabled(!busy);
}

void PasswordCodeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ccr::client

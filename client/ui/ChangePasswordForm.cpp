#include "ChangePasswordForm.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>
#include <validation/Rules.h>

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

#include "FormRows.h"
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace field = validation::field;

namespace {
const QString kOldPassword = u"oldPassword"_s;
}

QLineEdit *ChangePasswordForm::addPasswordField(const QString &field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(field + u"Edit"_s);
    edit->setEchoMode(QLineEdit::Password);
    connect(edit, &QLineEdit::textEdited, this, [this, field] {
        m_errors.clear(field);
        m_status->setVisible(false);
    });
    m_inputs.append(edit);
    return edit;
}

ChangePasswordForm::ChangePasswordForm(Session *session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_oldPassword(addPasswordField(kOldPassword))
    , m_password(addPasswordField(field::password))
    , m_confirmation(addPasswordField(field::passwordConfirmation))
    , m_status(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_change(new QPushButton(this))
{
    setObjectName(u"changePasswordForm"_s);
    m_status->setObjectName(u"passwordStatus"_s);
    m_change->setObjectName(u"changePasswordButton"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form = form;
    FormRows::addRow(form, m_errors.wrap(kOldPassword, m_oldPassword));
    FormRows::addRow(form, m_errors.wrap(field::password, m_password));
    FormRows::addRow(form, m_errors.wrap(field::passwordConfirmation, m_confirmation));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_change, 0, Qt::AlignTop | Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);

    connect(m_confirmation, &QLineEdit::returnPressed, this, &ChangePasswordForm::submit);
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordForm::submit);
    retranslate();
}

void ChangePasswordForm::retranslate()
{
    setTitle(tr("Change password"));
    FormRows::setLabel(m_form, m_oldPassword, tr("Current password"));
    FormRows::setLabel(m_form, m_password, tr("New password"));
    FormRows::setLabel(m_form, m_confirmation, tr("Confirm new password"));
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, validation::kMinPassword));
    m_change->setText(tr("Change password"));
}

void ChangePasswordForm::submit()
{
    if (!m_change->isEnabled())
        return;
    m_errors.clear();
    m_status->setVisible(false);
    validation::FieldErrors errors;
    if (m_oldPassword->text().isEmpty())
        errors.append({kOldPassword, tr("Enter your current password.")});
    errors.append(validation::validatePassword(m_password->text(), m_confirmation->text()));
    if (!errors.isEmpty()) {
        m_errors.show(errors);
        if (QWidget *input = m_errors.firstInputWithError())
            input->setFocus();
        return;
    }
    const QJsonObject params{{kOldPassword, m_oldPassword->text()},
                             {field::password, m_password->text()},
                             {field::passwordConfirmation, m_confirmation->text()}};
    setBusy(true);
    auto changing = m_session->rpc().call(protocol::methods::profileChangePassword, params);
    QCoro::connect(std::move(changing), this, [this](const Reply &reply) { onChanged(reply); });
}

void ChangePasswordForm::onChanged(const Reply &reply)
{
    setBusy(false);
    if (reply.ok()) {
        for (QLineEdit *edit : std::as_const(m_inputs))
            edit->clear();
        showStatus(tr("Your password is changed. Your other sessions were logged out."), false);
        return;
    }
    // invalid_credentials names oldPassword; the password rules name theirs.
    const validation::FieldErrors errors = ErrorText::fieldErrors(*reply.error);
    const auto unplaced = m_errors.show(errors);
    if (errors.isEmpty() || !unplaced.isEmpty())
        showStatus(ErrorText::describe(*reply.error), true);
    if (QWidget *input = m_errors.firstInputWithError()) {
        input->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(input))
            edit->selectAll();
    }
}

void ChangePasswordForm::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_status);
    else
        m_status->setPalette(palette());
    m_status->setVisible(true);
}

void ChangePasswordForm::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    for (QLineEdit *edit : std::as_const(m_inputs))
        edit->setEnabled(!busy);
    m_change->setEnabled(!busy);
}

void ChangePasswordForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace ccr::client

#include "ProfileDetailsForm.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "LanguageCombo.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>
#include <validation/Rules.h>

#include <QCheckBox>
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
namespace methods = protocol::methods;

namespace {
const QString kPhone = u"phone"_s;
const QString kLanguage = u"language"_s;
const QString kOptionalMail = u"optionalMail"_s;
constexpr int kMaxPhone = 30;
} // namespace

ProfileDetailsForm::ProfileDetailsForm(Session *session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_email(new QLabel(this))
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_language(new LanguageCombo(this))
    , m_optionalMail(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_save(new QPushButton(this))
{
    setObjectName(u"profileDetailsForm"_s);
    m_email->setObjectName(u"profileEmail"_s);
    m_firstName->setObjectName(u"firstNameEdit"_s);
    m_lastName->setObjectName(u"lastNameEdit"_s);
    m_phone->setObjectName(u"phoneEdit"_s);
    m_language->setObjectName(u"languageCombo"_s);
    m_optionalMail->setObjectName(u"optionalMailCheck"_s);
    m_status->setObjectName(u"profileStatus"_s);
    m_save->setObjectName(u"saveProfileButton"_s);

    m_email->setTextFormat(Qt::PlainText);
    m_email->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_firstName->setMaxLength(validation::kMaxName);
    m_lastName->setMaxLength(validation::kMaxName);
    m_phone->setMaxLength(kMaxPhone);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);

    // Row labels come from retranslate().
    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, m_email);
    FormRows::addRow(form, m_errors.wrap(field::firstName, m_firstName));
    FormRows::addRow(form, m_errors.wrap(field::lastName, m_lastName));
    FormRows::addRow(form, m_errors.wrap(kPhone, m_phone));
    FormRows::addRow(form, m_errors.wrap(kLanguage, m_language));
    form->addRow(QString(), m_errors.wrap(kOptionalMail, m_optionalMail));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save, 0, Qt::AlignTop | Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);

    for (auto [edit, name] : {std::pair{m_firstName, field::firstName}, std::pair{m_lastName, field::lastName},
                              std::pair{m_phone, kPhone}}) {
        connect(edit, &QLineEdit::textEdited, this, [this, name] {
            m_errors.clear(name);
            m_status->setVisible(false);
        });
        connect(edit, &QLineEdit::returnPressed, this, &ProfileDetailsForm::save);
    }
    connect(m_save, &QPushButton::clicked, this, &ProfileDetailsForm::save);
    setBusy(true); // until the profile has arrived
    retranslate();
}

void ProfileDetailsForm::retranslate()
{
    setTitle(tr("Your details"));
    FormRows::setLabel(m_form, m_email, tr("Email"));
    FormRows::setLabel(m_form, m_firstName, tr("First name"));
    FormRows::setLabel(m_form, m_lastName, tr("Last name"));
    FormRows::setLabel(m_form, m_phone, tr("Phone"));
    FormRows::setLabel(m_form, m_language, tr("Language of emails"));
    m_optionalMail->setText(tr("Email me optional notifications"));
    m_optionalMail->setToolTip(tr("Tips and news about the help desk. Mails about your own tickets and account "
                                  "always come."));
    m_phone->setPlaceholderText(tr("Optional, e.g. +91 44 1234 5678"));
    m_save->setText(tr("Save changes"));
}

void ProfileDetailsForm::load()
{
    setBusy(true);
    auto loading = m_session->rpc().call(methods::profileGet);
    QCoro::connect(std::move(loading), this, [this](const Reply &reply) { onLoaded(reply); });
}

void ProfileDetailsForm::onLoaded(const Reply &reply)
{
    setBusy(false);
    if (!reply.ok()) {
        showStatus(tr("Could not load your profile: %1").arg(ErrorText::describe(*reply.error)), true);
        m_save->setEnabled(false);
        return;
    }
    m_loaded = true;
    fill(reply);
}

void ProfileDetailsForm::fill(const Reply &reply)
{
    const auto user = domain::UserProfile::fromJson(reply.result.value(u"user"_s).toObject());
    m_email->setText(user.email);
    m_firstName->setText(user.firstName);
    m_lastName->setText(user.lastName);
    m_phone->setText(user.phone);
    m_language->setLanguage(user.language);
    m_optionalMail->setChecked(reply.result.value(kOptionalMail).toBool());
}

void ProfileDetailsForm::save()
{
    if (!m_save->isEnabled() || !m_loaded)
        return;
    m_errors.clear();
    m_status->setVisible(false);
    // The registration rules for names, checked here as the server will.
    const validation::Registration names{m_firstName->text(), m_lastName->text(), u"someone@example.com"_s,
                                         QString(validation::kMinPassword, u'x'),
                                         QString(validation::kMinPassword, u'x')};
    validation::FieldErrors errors;
    for (const auto &error : validation::validate(names)) {
        if (error.field == field::firstName || error.field == field::lastName)
            errors.append(error);
    }
    if (!errors.isEmpty()) {
        m_errors.show(errors);
        if (QWidget *input = m_errors.firstInputWithError())
            input->setFocus();
        return;
    }
    const QJsonObject params{{field::firstName, m_firstName->text().trimmed()},
                             {field::lastName, m_lastName->text().trimmed()},
                             {kPhone, m_phone->text().trimmed()},
                             {kLanguage, m_language->language()},
                             {kOptionalMail, m_optionalMail->isChecked()}};
    setBusy(true);
    auto saving = m_session->rpc().call(methods::profileUpdate, params);
    QCoro::connect(std::move(saving), this, [this](const Reply &reply) { onSaved(reply); });
}

void ProfileDetailsForm::onSaved(const Reply &reply)
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
    fill(reply);
    // The window's title bar and status show the new name at once.
    m_session->updateUser(domain::UserProfile::fromJson(reply.result.value(u"user"_s).toObject()));
    showStatus(tr("Your details are saved."), false);
}

void ProfileDetailsForm::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_status);
    else
        m_status->setPalette(palette());
    m_status->setVisible(true);
}

void ProfileDetailsForm::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    const QList<QWidget *> inputs{m_firstName, m_lastName, m_phone, m_language, m_optionalMail, m_save};
    for (QWidget *input : inputs)
        input->setEnabled(!busy);
}

void ProfileDetailsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace ccr::client

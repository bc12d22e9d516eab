#include "InviteDialog.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "FormRows.h"
#include "LanguageCombo.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>
#include <validation/Rules.h>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace field = validation::field;

namespace {
const QString kLanguage = u"language"_s;
}

InviteDialog::InviteDialog(Session *session, domain::Role role, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_role(role)
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_language(new LanguageCombo(this))
    , m_generalError(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_invite(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"inviteDialog"_s);
    m_firstName->setObjectName(u"firstNameEdit"_s);
    m_lastName->setObjectName(u"lastNameEdit"_s);
    m_email->setObjectName(u"emailEdit"_s);
    m_language->setObjectName(u"languageCombo"_s);
    m_generalError->setObjectName(u"inviteError"_s);
    m_invite->setObjectName(u"sendInvitationButton"_s);
    m_invite->setDefault(true);

    auto *intro = new QLabel(this);
    m_intro = intro;
    intro->setWordWrap(true);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_language->setLanguage(LanguageCombo::uiLanguage());
    m_generalError->setWordWrap(true);
    m_generalError->setTextFormat(Qt::PlainText);
    m_generalError->setVisible(false);
    FieldErrorLabels::paintAsError(m_generalError);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, m_errors.wrap(field::firstName, m_firstName));
    FormRows::addRow(form, m_errors.wrap(field::lastName, m_lastName));
    FormRows::addRow(form, m_errors.wrap(field::email, m_email));
    FormRows::addRow(form, m_errors.wrap(kLanguage, m_language));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    retranslate();
    resize(460, sizeHint().height());

    for (auto [edit, name] : {std::pair{m_firstName, field::firstName}, std::pair{m_lastName, field::lastName},
                              std::pair{m_email, field::email}})
        connect(edit, &QLineEdit::textEdited, this, [this, name] { m_errors.clear(name); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InviteDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void InviteDialog::submit()
{
    if (!m_invite->isEnabled())
        return;
    m_errors.clear();
    m_generalError->setVisible(false);
    // The registration rules without the password, which the invitee sets later.
    const QString placeholderPassword(validation::kMinPassword, u'x');
    const validation::Registration person{m_firstName->text(), m_lastName->text(), m_email->text().trimmed(),
                                          placeholderPassword, placeholderPassword};
    if (const auto errors = validation::validate(person); !errors.isEmpty()) {
        m_errors.show(errors);
        if (QWidget *input = m_errors.firstInputWithError())
            input->setFocus();
        return;
    }
    const QJsonObject params{{u"role"_s, domain::roleName(m_role)},
                             {field::firstName, person.firstName.trimmed()},
                             {field::lastName, person.lastName.trimmed()},
                             {field::email, person.email},
                             {kLanguage, m_language->language()}};
    setBusy(true);
    auto inviting = m_session->rpc().call(protocol::methods::userInvite, params);
    QCoro::connect(std::move(inviting), this, [this](const Reply &reply) { onReply(reply); });
}

void InviteDialog::onReply(const Reply &reply)
{
    setBusy(false);
    if (reply.ok()) {
        Q_EMIT invited(domain::UserProfile::fromJson(reply.result.value(u"user"_s).toObject()));
        accept();
        return;
    }
    const validation::FieldErrors errors = ErrorText::fieldErrors(*reply.error);
    const auto unplaced = m_errors.show(errors);
    if (errors.isEmpty() || !unplaced.isEmpty()) {
        m_generalError->setText(tr("No invitation was sent: %1").arg(ErrorText::describe(*reply.error)));
        m_generalError->setVisible(true);
    }
    if (QWidget *input = m_errors.firstInputWithError())
        input->setFocus();
}

void InviteDialog::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    const QList<QWidget *> inputs{m_firstName, m_lastName, m_email, m_language, m_invite};
    for (QWidget *input : inputs)
        input->setEnabled(!busy);
}

void InviteDialog::retranslate()
{
    const bool admin = m_role == domain::Role::Admin;
    setWindowTitle(admin ? tr("Invite an administrator") : tr("Invite an agent"));
    m_intro->setText(admin ? tr("The new administrator gets an email with a code to set their password. "
                                "Administrators can manage every account.")
                           : tr("The new agent gets an email with a code to set their password."));
    m_email->setPlaceholderText(tr("name@example.com"));
    FormRows::setLabel(m_form, m_firstName, tr("First name"));
    FormRows::setLabel(m_form, m_lastName, tr("Last name"));
    FormRows::setLabel(m_form, m_email, tr("Email"));
    FormRows::setLabel(m_form, m_language, tr("Language of the invitation"));
    m_invite->setText(tr("Send invitation"));
}

void InviteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ccr::client

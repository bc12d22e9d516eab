#include "SmtpSettingsForm.h"

#include "FormRows.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {
const QString kHost = u"host"_s;
const QString kPort = u"port"_s;
const QString kSecurity = u"security"_s;
const QString kUsername = u"username"_s;
const QString kPassword = u"password"_s;
const QString kFromAddress = u"fromAddress"_s;
const QString kFromName = u"fromName"_s;
constexpr int kMaxText = 255;
} // namespace

SmtpSettingsForm::SmtpSettingsForm(Session *session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_configured(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordNote(new QLabel(this))
    , m_fromAddress(new QLineEdit(this))
    , m_fromName(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_save(new QPushButton(this))
{
    setObjectName(u"smtpSettingsForm"_s);
    m_configured->setObjectName(u"smtpConfiguredStatus"_s);
    m_host->setObjectName(u"smtpHostEdit"_s);
    m_port->setObjectName(u"smtpPortSpin"_s);
    m_security->setObjectName(u"smtpSecurityCombo"_s);
    m_username->setObjectName(u"smtpUsernameEdit"_s);
    m_password->setObjectName(u"smtpPasswordEdit"_s);
    m_passwordNote->setObjectName(u"smtpPasswordNote"_s);
    m_fromAddress->setObjectName(u"smtpFromAddressEdit"_s);
    m_fromName->setObjectName(u"smtpFromNameEdit"_s);
    m_status->setObjectName(u"smtpSettingsStatus"_s);
    m_save->setObjectName(u"saveSmtpButton"_s);

    m_port->setRange(1, 65535);
    m_security->addItem(QString(), u"none"_s);
    m_security->addItem(QString(), u"starttls"_s);
    m_security->addItem(QString(), u"tls"_s);
    for (QLineEdit *edit : {m_host, m_username, m_password, m_fromAddress, m_fromName})
        edit->setMaxLength(kMaxText);
    m_password->setEchoMode(QLineEdit::Password);
    for (QLabel *label : {m_configured, m_passwordNote, m_status}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_passwordNote->setForegroundRole(QPalette::PlaceholderText);
    m_passwordNote->setVisible(false);
    m_status->setVisible(false);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, m_errors.wrap(kHost, m_host));
    FormRows::addRow(form, m_errors.wrap(kPort, m_port));
    FormRows::addRow(form, m_errors.wrap(kSecurity, m_security));
    FormRows::addRow(form, m_errors.wrap(kUsername, m_username));
    FormRows::addRow(form, m_errors.wrap(kPassword, m_password));
    form->addRow(QString(), m_passwordNote);
    FormRows::addRow(form, m_errors.wrap(kFromAddress, m_fromAddress));
    FormRows::addRow(form, m_errors.wrap(kFromName, m_fromName));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save, 0, Qt::AlignTop | Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_configured);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);

    for (auto [edit, name] :
         {std::pair{m_host, kHost}, std::pair{m_username, kUsername}, std::pair{m_password, kPassword},
          std::pair{m_fromAddress, kFromAddress}, std::pair{m_fromName, kFromName}}) {
        connect(edit, &QLineEdit::textEdited, this, [this, name] {
            m_errors.clear(name);
            m_status->setVisible(false);
        });
        connect(edit, &QLineEdit::returnPressed, this, &SmtpSettingsForm::save);
    }
    connect(m_port, &QSpinBox::valueChanged, this, [this] { m_errors.clear(kPort); });
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] { m_errors.clear(kSecurity); });
    connect(m_save, &QPushButton::clicked, this, &SmtpSettingsForm::save);
    setBusy(true); // until the settings have arrived
    retranslate();
}

void SmtpSettingsForm::retranslate()
{
    setTitle(tr("Outgoing mail (SMTP)"));
    m_save->setText(tr("Save mail settings"));
    m_password->setPlaceholderText(tr("Leave empty to keep the current password"));
    m_fromAddress->setPlaceholderText(tr("e.g. help@example.com"));
    m_security->setItemText(0, tr("None (plain text)"));
    m_security->setItemText(1, tr("STARTTLS"));
    m_security->setItemText(2, tr("TLS"));
    FormRows::setLabel(m_form, m_host, tr("Host"));
    FormRows::setLabel(m_form, m_port, tr("Port"));
    FormRows::setLabel(m_form, m_security, tr("Security"));
    FormRows::setLabel(m_form, m_username, tr("Username"));
    FormRows::setLabel(m_form, m_password, tr("Password"));
    FormRows::setLabel(m_form, m_fromAddress, tr("Sender address"));
    FormRows::setLabel(m_form, m_fromName, tr("Sender name"));
    m_passwordNote->setText(tr("A password is set."));
    describeConfigured();
}

void SmtpSettingsForm::load()
{
    setBusy(true);
    auto loading = m_session->rpc().call(methods::settingsSmtpGet);
    QCoro::connect(std::move(loading), this, [this](const Reply &reply) { onLoaded(reply); });
}

void SmtpSettingsForm::onLoaded(const Reply &reply)
{
    setBusy(false);
    if (!reply.ok()) {
        showStatus(tr("Could not load the mail settings: %1").arg(ErrorText::describe(*reply.error)), true);
        m_save->setEnabled(false);
        return;
    }
    m_loaded = true;
    fill(reply.result.value(u"smtp"_s).toObject());
}

void SmtpSettingsForm::fill(const QJsonObject &smtp)
{
    m_shown = smtp;
    m_host->setText(smtp.value(kHost).toString());
    m_port->setValue(smtp.value(kPort).toInt(25));
    const int security = m_security->findData(smtp.value(kSecurity).toString());
    m_security->setCurrentIndex(security < 0 ? 0 : security);
    m_username->setText(smtp.value(kUsername).toString());
    m_password->clear();
    m_passwordNote->setText(tr("A password is set."));
    m_passwordNote->setVisible(smtp.value(u"passwordSet"_s).toBool());
    m_fromAddress->setText(smtp.value(kFromAddress).toString());
    m_fromName->setText(smtp.value(kFromName).toString());
    describeConfigured();
}

void SmtpSettingsForm::describeConfigured()
{
    const QJsonObject &smtp = m_shown;
    if (smtp.isEmpty())
        return;
    if (smtp.value(u"configured"_s).toBool()) {
        m_configured->setText(tr("Mail is configured: the server sends mail through %1, port %2.")
                                  .arg(smtp.value(kHost).toString())
                                  .arg(smtp.value(kPort).toInt()));
        m_configured->setPalette(palette());
    } else {
        m_configured->setText(tr("Mail is not configured: the server sends no mail until a host and a sender "
                                 "address are set."));
        FieldErrorLabels::paintAsError(m_configured);
    }
}

QJsonObject SmtpSettingsForm::changes() const
{
    QJsonObject changed;
    for (auto [edit, name] : {std::pair{m_host, kHost}, std::pair{m_username, kUsername},
                              std::pair{m_fromAddress, kFromAddress}, std::pair{m_fromName, kFromName}}) {
        if (edit->text() != m_shown.value(name).toString())
            changed.insert(name, edit->text());
    }
    if (m_port->value() != m_shown.value(kPort).toInt())
        changed.insert(kPort, m_port->value());
    if (m_security->currentData().toString() != m_shown.value(kSecurity).toString())
        changed.insert(kSecurity, m_security->currentData().toString());
    if (!m_password->text().isEmpty())
        changed.insert(kPassword, m_password->text());
    return changed;
}

void SmtpSettingsForm::save()
{
    if (!m_save->isEnabled() || !m_loaded)
        return;
    m_errors.clear();
    m_status->setVisible(false);
    const QJsonObject params = changes();
    if (params.isEmpty()) {
        showStatus(tr("Nothing has changed."), false);
        return;
    }
    setBusy(true);
    auto saving = m_session->rpc().call(methods::settingsSmtpSet, params);
    QCoro::connect(std::move(saving), this, [this](const Reply &reply) { onSaved(reply); });
}

void SmtpSettingsForm::onSaved(const Reply &reply)
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
    fill(reply.result.value(u"smtp"_s).toObject());
    showStatus(tr("The mail settings are saved."), false);
}

void SmtpSettingsForm::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_status);
    else
        m_status->setPalette(palette());
    m_status->setVisible(true);
}

void SmtpSettingsForm::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    const QList<QWidget *> inputs{m_host,     m_port,        m_security, m_username,
                                  m_password, m_fromAddress, m_fromName, m_save};
    for (QWidget *input : inputs)
        input->setEnabled(!busy);
}

void SmtpSettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace ccr::client

#include "LoginWidget.h"

#include "BusyIndicator.h"
#include "CenteredColumn.h"
#include "ErrorText.h"
#include "FieldErrorLabels.h"
#include "LinkButton.h"
#include "app/Session.h"

#include <protocol/Reply.h>

#include <QCheckBox>
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

namespace {
constexpr int kFormWidth = 420;
}

LoginWidget::LoginWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_rememberMe(new QCheckBox(this))
    , m_keychainNote(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_logIn(new QPushButton(this))
    , m_createAccount(new LinkButton(QString(), this))
    , m_forgotPassword(new LinkButton(QString(), this))
    , m_invitation(new LinkButton(QString(), this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_portLabel(new QLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
{
    setObjectName(u"loginWidget"_s);
    m_host->setObjectName(u"hostEdit"_s);
    m_port->setObjectName(u"portSpin"_s);
    m_email->setObjectName(u"emailEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_rememberMe->setObjectName(u"rememberMeCheck"_s);
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_error->setObjectName(u"loginError"_s);
    m_logIn->setObjectName(u"logInButton"_s);
    m_createAccount->setObjectName(u"createAccountButton"_s);
    m_forgotPassword->setObjectName(u"forgotPasswordButton"_s);
    m_invitation->setObjectName(u"invitationButton"_s);

    m_port->setRange(1, 65535);
    m_port->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_title->setObjectName(u"loginTitle"_s);
    m_subtitle->setObjectName(u"loginSubtitle"_s);
    m_serverLabel->setObjectName(u"serverLabel"_s);
    m_emailLabel->setObjectName(u"emailLabel"_s);
    m_passwordLabel->setObjectName(u"passwordLabel"_s);
    // Labels name their fields for screen readers (and Alt+letter jumps).
    m_serverLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setEchoMode(QLineEdit::Password);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setTextFormat(Qt::PlainText);
    m_keychainNote->setForegroundRole(QPalette::PlaceholderText);
    m_keychainNote->setVisible(false);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    FieldErrorLabels::paintAsError(m_error);
    m_logIn->setDefault(true);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setWordWrap(true);

    auto *server = new QHBoxLayout;
    server->addWidget(m_host, 1);
    server->addWidget(m_portLabel);
    server->addWidget(m_port);
    auto *passwordRow = new QVBoxLayout;
    passwordRow->setSpacing(0);
    passwordRow->addWidget(m_password);
    passwordRow->addWidget(m_forgotPassword, 0, Qt::AlignRight);
    auto *rememberRow = new QVBoxLayout;
    rememberRow->setSpacing(2);
    rememberRow->addWidget(m_rememberMe);
    rememberRow->addWidget(m_keychainNote);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_serverLabel, server);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, passwordRow);
    form->addRow(QString(), rememberRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_createAccount);
    buttons->addStretch();
    buttons->addWidget(m_logIn);
    auto *others = new QHBoxLayout;
    others->addWidget(m_invitation);
    others->addStretch();

    QVBoxLayout *content = addCenteredColumn(this, kFormWidth);
    content->addWidget(m_title);
    content->addWidget(m_subtitle);
    content->addSpacing(12);
    content->addLayout(form);
    content->addWidget(m_error);
    content->addWidget(m_busy);
    content->addLayout(buttons);
    content->addLayout(others);
    // Tab as the page reads, top to bottom (the links were made after the fields).
    const QList<QWidget *> order{m_host,       m_port,          m_email, m_password,  m_forgotPassword,
                                 m_rememberMe, m_createAccount, m_logIn, m_invitation};
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));

    retranslate();

    connect(m_logIn, &QPushButton::clicked, this, &LoginWidget::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginWidget::submit);
    connect(m_email, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    // clicked, not toggled: only the user's own choice is remembered, not the
    // box going grey on a system without a keychain.
    connect(m_rememberMe, &QCheckBox::clicked, this, &LoginWidget::rememberMeChanged);
    connect(m_createAccount, &QPushButton::clicked, this, [this] {
        applyServer();
        Q_EMIT createAccountRequested();
    });
    connect(m_forgotPassword, &QPushButton::clicked, this, [this] {
        applyServer();
        Q_EMIT forgotPasswordRequested();
    });
    connect(m_invitation, &QPushButton::clicked, this, [this] {
        applyServer();
        Q_EMIT invitationRequested();
    });
}

void LoginWidget::retranslate()
{
    m_rememberMe->setText(tr("Remember me on this computer"));
    m_createAccount->setText(tr("Create an account"));
    m_forgotPassword->setText(tr("Forgot password?"));
    m_invitation->setText(tr("I have an invitation code"));
    m_title->setText(tr("Customer Care Registry"));
    m_subtitle->setText(tr("Log in to raise and follow your tickets."));
    m_serverLabel->setText(tr("Server"));
    m_portLabel->setText(tr("Port"));
    m_emailLabel->setText(tr("Email"));
    m_passwordLabel->setText(tr("Password"));
    m_host->setAccessibleName(tr("Server"));
    m_port->setAccessibleName(tr("Port"));
    m_email->setAccessibleName(tr("Email"));
    m_password->setAccessibleName(tr("Password"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_keychainNote->setText(tr("Your system has no keychain; you will need to log in next time."));
    // The button says what is happening while busy; only the idle words change here.
    if (m_logIn->isEnabled())
        m_logIn->setText(tr("Log in"));
    else if (m_resuming)
        m_logIn->setText(tr("Resuming your session…"));
    else
        m_logIn->setText(tr("Logging in…"));
}

void LoginWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginWidget::setServer(const QString &host, quint16 port)
{
    m_host->setText(host);
    m_port->setValue(port);
}

void LoginWidget::applyServer()
{
    m_session->setServer(m_host->text(), quint16(m_port->value()));
}

QString LoginWidget::email() const
{
    return m_email->text().trimmed();
}

void LoginWidget::prefill(const QString &email, const QString &message)
{
    m_email->setText(email);
    m_password->clear();
    if (message.isEmpty())
        m_error->setVisible(false);
    else
        showError(message);
    m_password->setFocus();
}

void LoginWidget::setRememberMe(bool remember)
{
    m_rememberMe->setChecked(remember && m_rememberMe->isEnabled());
}

void LoginWidget::setKeychainAvailable(bool available)
{
    m_keychainNote->setVisible(!available);
    m_rememberMe->setEnabled(available);
    if (!available)
        m_rememberMe->setChecked(false);
}

void LoginWidget::setResuming(bool resuming)
{
    m_resuming = resuming;
    setBusy(resuming, resuming ? tr("Resuming your session…") : tr("Log in"));
}

void LoginWidget::showNotice(const QString &message)
{
    showError(message);
}

void LoginWidget::submit()
{
    if (!m_logIn->isEnabled())
        return; // already on its way
    const QString email = m_email->text().trimmed();
    const QString password = m_password->text();
    if (m_host->text().trimmed().isEmpty()) {
        showError(tr("Enter the server's host name or address."));
        m_host->setFocus();
        return;
    }
    if (email.isEmpty() || password.isEmpty()) {
        showError(tr("Enter your email and password."));
        (email.isEmpty() ? m_email : m_password)->setFocus();
        return;
    }
    m_error->setVisible(false);
    applyServer();
    setBusy(true, tr("Logging in…"));
    auto loggingIn = m_session->logIn(email, password);
    QCoro::connect(std::move(loggingIn), this, [this](const protocol::Reply &reply) { onReply(reply); });
}

void LoginWidget::onReply(const protocol::Reply &reply)
{
    setBusy(false, tr("Log in"));
    if (reply.ok()) {
        m_password->clear(); // the window has moved on; nothing to keep
        return;
    }
    // account_inactive says why (pending, rejected, deactivated, invited) in the server's words.
    showError(ErrorText::describe(*reply.error));
    m_password->selectAll();
    m_password->setFocus();
}

void LoginWidget::setBusy(bool busy, const QString &buttonText)
{
    m_busy->setBusy(busy);
    const QList<QWidget *> inputs{m_host,  m_port,          m_email,          m_password,
                                  m_logIn, m_createAccount, m_forgotPassword, m_invitation};
    for (QWidget *input : inputs)
        input->setEnabled(!busy);
    m_rememberMe->setEnabled(!busy && !m_keychainNote->isVisibleTo(this));
    m_logIn->setText(buttonText);
}

void LoginWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

} // namespace ccr::client

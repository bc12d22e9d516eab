#include "LoginWidget.h"

#include "BusyIndicator.h"
#include "CenteredColumn.h"
#include "FieldErrorLabels.h"
#include "app/Session.h"

#include <protocol/Reply.h>

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
    , m_error(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_logIn(new QPushButton(tr("Log in"), this))
    , m_createAccount(new QPushButton(tr("Create an account"), this))
{
    setObjectName(u"loginWidget"_s);
    m_host->setObjectName(u"hostEdit"_s);
    m_port->setObjectName(u"portSpin"_s);
    m_email->setObjectName(u"emailEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_error->setObjectName(u"loginError"_s);
    m_logIn->setObjectName(u"logInButton"_s);
    m_createAccount->setObjectName(u"createAccountButton"_s);

    m_port->setRange(1, 65535);
    m_port->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_port->setAccessibleName(tr("Port"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    FieldErrorLabels::paintAsError(m_error);
    m_logIn->setDefault(true);
    // Styled as a link: a secondary way on, not a rival to "Log in".
    m_createAccount->setFlat(true);
    m_createAccount->setCursor(Qt::PointingHandCursor);
    QFont linkFont = m_createAccount->font();
    linkFont.setUnderline(true);
    m_createAccount->setFont(linkFont);
    QPalette linkPalette = m_createAccount->palette();
    linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
    m_createAccount->setPalette(linkPalette);

    auto *title = new QLabel(tr("Customer Care Registry"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Log in to raise and follow your tickets."), this);
    subtitle->setWordWrap(true);

    auto *server = new QHBoxLayout;
    server->addWidget(m_host, 1);
    server->addWidget(new QLabel(tr("Port"), this));
    server->addWidget(m_port);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Server"), server);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Password"), m_password);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_createAccount);
    buttons->addStretch();
    buttons->addWidget(m_logIn);

    QVBoxLayout *content = addCenteredColumn(this, kFormWidth);
    content->addWidget(title);
    content->addWidget(subtitle);
    content->addSpacing(12);
    content->addLayout(form);
    content->addWidget(m_error);
    content->addWidget(m_busy);
    content->addLayout(buttons);

    connect(m_logIn, &QPushButton::clicked, this, &LoginWidget::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginWidget::submit);
    connect(m_email, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_createAccount, &QPushButton::clicked, this, [this] {
        applyServer();
        Q_EMIT createAccountRequested();
    });
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
    setBusy(true);
    auto loggingIn = m_session->logIn(email, password);
    QCoro::connect(std::move(loggingIn), this, [this](const protocol::Reply &reply) { onReply(reply); });
}

void LoginWidget::onReply(const protocol::Reply &reply)
{
    setBusy(false);
    if (reply.ok()) {
        m_password->clear(); // the window has moved on; nothing to keep
        return;
    }
    showError(reply.error->message);
    m_password->selectAll();
    m_password->setFocus();
}

void LoginWidget::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    const QList<QWidget *> inputs{m_host, m_port, m_email, m_password, m_logIn, m_createAccount};
    for (QWidget *input : inputs)
        input->setEnabled(!busy);
    m_logIn->setText(busy ? tr("Logging in…") : tr("Log in"));
}

void LoginWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

} // namespace ccr::client

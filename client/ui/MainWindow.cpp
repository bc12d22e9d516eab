#include "MainWindow.h"

#include "CertificateNotice.h"
#include "CustomerPanel.h"
#include "LoginWidget.h"
#include "PasswordCodeWidget.h"
#include "PendingApprovalWidget.h"
#include "RegistrationWidget.h"
#include "StaffPanel.h"
#include "app/KeychainTokenVault.h"
#include "app/Session.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::RpcClient;

namespace {

QString roleText(domain::Role role)
{
    switch (role) {
    case domain::Role::Customer: return MainWindow::tr("customer");
    case domain::Role::Agent: return MainWindow::tr("agent");
    case domain::Role::Admin: return MainWindow::tr("administrator");
    }
    return {};
}

constexpr int kStatusMessageMs = 15000;

} // namespace

MainWindow::MainWindow(const ClientOptions &options, QWidget *parent)
    : MainWindow(options, nullptr, parent)
{
}

MainWindow::MainWindow(const ClientOptions &options, TokenVault *vault, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(options.settingsDir)
    , m_session(new Session(m_settings.trustStorePath(), options.tls, this))
    , m_remembered(
          new RememberedLogin(m_session, vault ? vault : new KeychainTokenVault(this), m_settings.clientId(), this))
    , m_certificateNotice(new CertificateNotice(this))
    , m_pages(new QStackedWidget(this))
    , m_login(new LoginWidget(m_session, m_pages))
    , m_registration(new RegistrationWidget(m_session, m_pages))
    , m_passwordCode(new PasswordCodeWidget(m_session, m_pages))
    , m_connectionStatus(new QLabel(this))
    , m_userStatus(new QLabel(this))
    , m_logOut(new QAction(tr("Log &out"), this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Customer Care Registry"));
    m_connectionStatus->setObjectName(u"connectionStatus"_s);
    m_userStatus->setObjectName(u"userStatus"_s);
    m_logOut->setObjectName(u"logOutAction"_s);
    m_logOut->setEnabled(false);
    m_session->setClientId(m_settings.clientId());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_certificateNotice);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_pages->addWidget(m_login);
    m_pages->addWidget(m_registration);
    m_pages->addWidget(m_passwordCode);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(m_logOut);
    account->addSeparator();
    QAction *quit = account->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    statusBar()->addWidget(m_connectionStatus, 1);
    statusBar()->addPermanentWidget(m_userStatus);

    const quint16 port = options.port.value_or(m_settings.lastPort());
    m_login->setServer(options.host.isEmpty() ? m_settings.lastHost() : options.host, port);
    m_login->applyServer();
    m_login->setRememberMe(m_settings.rememberLogin());
    m_remembered->setRememberRequested(m_settings.rememberLogin());

    connect(m_login, &LoginWidget::createAccountRequested, this, &MainWindow::showRegistration);
    connect(m_login, &LoginWidget::forgotPasswordRequested, this, &MainWindow::showPasswordReset);
    connect(m_login, &LoginWidget::invitationRequested, this, &MainWindow::showInvitation);
    connect(m_login, &LoginWidget::rememberMeChanged, this, [this](bool remember) {
        m_settings.setRememberLogin(remember);
        m_remembered->setRememberRequested(remember);
    });
    connect(m_registration, &RegistrationWidget::backRequested, this, &MainWindow::showLogin);
    connect(m_registration, &RegistrationWidget::registeredButNotLoggedIn, this,
            [this](const QString &email, const QString &message) {
                showLogin();
                m_login->prefill(email, message);
            });
    connect(m_passwordCode, &PasswordCodeWidget::backRequested, this, &MainWindow::showLogin);
    connect(m_passwordCode, &PasswordCodeWidget::passwordSetButNotLoggedIn, this,
            [this](const QString &email, const QString &message) {
                showLogin();
                m_login->prefill(email, message);
            });
    connect(m_logOut, &QAction::triggered, this, &MainWindow::logOut);
    connect(m_session, &Session::loggedIn, this, &MainWindow::onLoggedIn);
    connect(m_session, &Session::userChanged, this, &MainWindow::onUserChanged);
    connect(m_session, &Session::loggedOut, this, &MainWindow::onLoggedOut);
    connect(m_session, &Session::connectionChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::certificatePinned, m_certificateNotice, &CertificateNotice::showPinned);
    connect(m_session, &Session::certificateMismatch, m_certificateNotice, &CertificateNotice::showMismatch);
    connect(m_session, &Session::certificateForgotten, m_certificateNotice, &CertificateNotice::showForgotten);
    connect(m_certificateNotice, &CertificateNotice::forgetRequested, m_session, &Session::forgetServerCertificate);
    connect(m_remembered, &RememberedLogin::availabilityChanged, this, &MainWindow::onVaultAvailability);
    connect(m_remembered, &RememberedLogin::resumeStarted, this, [this] { m_login->setResuming(true); });

    resize(860, 600);
    updateStatus();
    resumeRememberedLogin();
}

MainWindow::~MainWindow()
{
    // The pages' requests and feeds use the session: they go first, so the
    // session never finishes a request for a widget that is half destroyed.
    delete m_pages;
}

void MainWindow::resumeRememberedLogin()
{
    auto resuming = m_remembered->resumeStored();
    QCoro::connect(std::move(resuming), this,
                   [this](const RememberedLogin::ResumeOutcome &outcome) { onResumeFinished(outcome); });
}

void MainWindow::onResumeFinished(const RememberedLogin::ResumeOutcome &outcome)
{
    using Kind = RememberedLogin::ResumeOutcome::Kind;
    // Nothing stored: the form was never put to waiting, and the user may
    // be logging in by hand right now — leave it alone.
    if (outcome.kind == Kind::NothingStored)
        return;
    m_login->setResuming(false);
    if (outcome.kind == Kind::Resumed)
        return;
    if (outcome.kind == Kind::Expired)
        m_login->showNotice(tr("Your saved login has ended: %1").arg(outcome.message));
    else
        m_login->showNotice(tr("Could not resume your saved login: %1").arg(outcome.message));
}

void MainWindow::onVaultAvailability(RememberedLogin::Availability availability)
{
    const bool available = availability != RememberedLogin::Availability::Unavailable;
    m_login->setKeychainAvailable(available);
    if (available)
        return;
    m_remembered->setRememberRequested(false);
    if (m_panel)
        statusBar()->showMessage(tr("Your system has no keychain; you will need to log in next time."),
                                 kStatusMessageMs);
}

void MainWindow::showLogin()
{
    m_pages->setCurrentWidget(m_login);
}

void MainWindow::showRegistration()
{
    m_registration->setServerName(m_session->serverName());
    m_registration->reset();
    m_pages->setCurrentWidget(m_registration);
}

void MainWindow::showPasswordReset()
{
    m_passwordCode->start(PasswordCodeWidget::Purpose::ResetPassword, m_login->email());
    m_pages->setCurrentWidget(m_passwordCode);
}

void MainWindow::showInvitation()
{
    m_passwordCode->start(PasswordCodeWidget::Purpose::AcceptInvitation, m_login->email());
    m_pages->setCurrentWidget(m_passwordCode);
}

void MainWindow::replacePanel(QWidget *panel)
{
    if (m_panel) {
        // Later, not now: the old page may be the one whose code is running.
        m_pages->removeWidget(m_panel);
        m_panel->hide();
        m_panel->deleteLater();
    }
    m_panel = panel;
    if (!panel)
        return;
    m_pages->addWidget(panel);
    m_pages->setCurrentWidget(panel);
}

void MainWindow::showPanelFor(const domain::UserProfile &user)
{
    if (user.state == domain::AccountState::Pending) {
        auto *pending = new PendingApprovalWidget(m_session, m_pages);
        connect(pending, &PendingApprovalWidget::logOutRequested, this, &MainWindow::logOut);
        replacePanel(pending);
    } else if (domain::isStaff(user.role)) {
        replacePanel(new StaffPanel(m_session, user.role, m_pages));
    } else {
        replacePanel(new CustomerPanel(m_session, m_pages));
    }
}

void MainWindow::onLoggedIn(const domain::UserProfile &user)
{
    m_settings.rememberServer(m_session->endpoint().host, m_session->endpoint().port);
    // A pinned-on-first-use note stays until dismissed; a resolved mismatch need not.
    if (m_certificateNotice->isMismatch())
        m_certificateNotice->hide();
    showPanelFor(user);
    m_logOut->setEnabled(true);
    updateStatus();
}

void MainWindow::onUserChanged(const domain::UserProfile &user)
{
    // The approval of a waiting agent opens the staff panel on the spot.
    if (qobject_cast<PendingApprovalWidget *>(m_panel) && user.state == domain::AccountState::Active)
        showPanelFor(user);
    updateStatus();
}

void MainWindow::logOut()
{
    m_logOut->setEnabled(false);
    auto loggingOut = m_session->logOut();
    QCoro::connect(std::move(loggingOut), this, [] {});
}

void MainWindow::onLoggedOut(const QString &reason)
{
    showLogin();
    replacePanel(nullptr);
    m_logOut->setEnabled(false);
    if (!reason.isEmpty())
        m_login->showNotice(reason);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QString server = m_session->serverName();
    switch (m_session->connectionState()) {
    case RpcClient::State::Connecting: m_connectionStatus->setText(tr("Connecting to %1…").arg(server)); break;
    case RpcClient::State::Ready:
        m_connectionStatus->setText(m_session->endpoint().tls ? tr("Connected to %1").arg(server)
                                                              : tr("Connected to %1 (not encrypted)").arg(server));
        break;
    case RpcClient::State::Disconnected:
        m_connectionStatus->setText(m_session->hasBeenConnected() ? tr("Offline — %1").arg(m_session->lastCloseReason())
                                                                  : tr("Not connected"));
        break;
    }
    const auto &user = m_session->user();
    m_userStatus->setText(user ? tr("%1 (%2)").arg(user->displayName(), roleText(user->role)) : QString());
}

} // namespace ccr::client

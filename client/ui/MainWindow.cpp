#include "MainWindow.h"

#include "AccessibleNames.h"
#include "CertificateNotice.h"
#include "ConnectionBanner.h"
#include "CustomerPanel.h"
#include "LoginWidget.h"
#include "PanelCommands.h"
#include "PasswordCodeWidget.h"
#include "PendingApprovalWidget.h"
#include "RegistrationWidget.h"
#include "ShortcutsDialog.h"
#include "StaffPanel.h"
#include "StatusStyle.h"
#include "TrayIcon.h"
#include "app/ConnectionKeeper.h"
#include "app/KeychainTokenVault.h"
#include "app/Notifier.h"
#include "app/Session.h"
#include "app/ShortcutRegistry.h"
#include "app/Translations.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
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
using Command = ShortcutRegistry::Command;

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
// The Notifications menu lists this many; the model keeps more.
constexpr int kNotificationsInMenu = 10;

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
    , m_keeper(new ConnectionKeeper(m_session, ReconnectPolicy(), this))
    // Before any panel exists: it hears each event before the lists apply it.
    , m_notifier(new Notifier(m_session, this))
    , m_shortcuts(new ShortcutRegistry(this))
    , m_tray(new TrayIcon(m_notifier, this))
    , m_certificateNotice(new CertificateNotice(this))
    , m_connectionBanner(new ConnectionBanner(m_keeper, this))
    , m_pages(new QStackedWidget(this))
    , m_login(new LoginWidget(m_session, m_pages))
    , m_registration(new RegistrationWidget(m_session, m_pages))
    , m_passwordCode(new PasswordCodeWidget(m_session, m_pages))
    , m_connectionStatus(new QLabel(this))
    , m_userStatus(new QLabel(this))
    , m_logOut(m_shortcuts->action(Command::LogOut))
{
    setObjectName(u"mainWindow"_s);
    m_connectionStatus->setObjectName(u"connectionStatus"_s);
    m_userStatus->setObjectName(u"userStatus"_s);
    m_logOut->setEnabled(false);
    m_session->setClientId(m_settings.clientId());
    AccessibleNames::keepWindowsNamed();
    // The remembered choice, else the system's language.
    LanguageManager::instance()->setLanguage(m_settings.language());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_certificateNotice);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_pages->addWidget(m_login);
    m_pages->addWidget(m_registration);
    m_pages->addWidget(m_passwordCode);

    createMenus();

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
    connect(m_keeper, &ConnectionKeeper::stateChanged, this, &MainWindow::updateStatus);
    connect(m_keeper, &ConnectionKeeper::secondsLeftChanged, this, &MainWindow::updateStatus);
    connect(m_keeper, &ConnectionKeeper::reconnected, this, [this] {
        statusBar()->showMessage(tr("Back online; updates missed meanwhile were applied."), kStatusMessageMs);
    });
    connect(m_notifier, &Notifier::openTicketRequested, this, [this](qint64 ticketId) {
        showNormal();
        raise();
        activateWindow();
        Q_EMIT openTicketRequested(ticketId);
    });
    connect(m_notifier, &Notifier::notified, this, [this](const NotificationModel::Notification &notification) {
        if (isActiveWindow())
            statusBar()->showMessage(notification.title, kStatusMessageMs);
    });
    connect(m_notifier->model(), &NotificationModel::unreadCountChanged, this, &MainWindow::updateTitle);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_notifier->model(), signal, this, &MainWindow::rebuildNotificationsMenu);
    connect(m_notifier->model(), &QAbstractItemModel::dataChanged, this, &MainWindow::rebuildNotificationsMenu);
    connect(m_notifier->model(), &QAbstractItemModel::modelReset, this, &MainWindow::rebuildNotificationsMenu);

    resize(860, 600);
    retranslate();
    resumeRememberedLogin();
}

void MainWindow::createMenus()
{
    m_accountMenu = menuBar()->addMenu(QString());
    m_accountMenu->addAction(m_logOut);
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_shortcuts->action(Command::Quit));
    connect(m_logOut, &QAction::triggered, this, &MainWindow::logOut);
    connect(m_shortcuts->action(Command::Quit), &QAction::triggered, this, &QWidget::close);

    // The panels' commands: grey until a panel takes them up.
    m_ticketsMenu = menuBar()->addMenu(QString());
    for (Command command :
         {Command::NewTicket, Command::FocusSearch, Command::Refresh, Command::NextTicket, Command::PreviousTicket})
        m_ticketsMenu->addAction(m_shortcuts->action(command));
    m_ticketsMenu->addSeparator();
    for (Command command : {Command::Reply, Command::CannedResponse, Command::Assign, Command::ChangeStatus})
        m_ticketsMenu->addAction(m_shortcuts->action(command));

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languages = new QActionGroup(this);
    m_systemLanguage = m_languageMenu->addAction(QString());
    m_systemLanguage->setObjectName(u"languageAction_system"_s);
    m_systemLanguage->setData(QString());
    m_languageMenu->addSeparator();
    for (const QString &code : LanguageManager::languages()) {
        QAction *choice = m_languageMenu->addAction(LanguageManager::nativeName(code));
        choice->setObjectName(u"languageAction_"_s + code);
        choice->setData(code);
    }
    for (QAction *choice : m_languageMenu->actions()) {
        if (choice->isSeparator())
            continue;
        choice->setCheckable(true);
        choice->setChecked(choice->data().toString() == m_settings.language());
        m_languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, choice] { chooseLanguage(choice->data().toString()); });
    }

    m_notificationsMenu = menuBar()->addMenu(QString());
    m_notificationsMenu->setObjectName(u"notificationsMenu"_s);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts->action(Command::ShortcutsHelp));
    connect(m_shortcuts->action(Command::ShortcutsHelp), &QAction::triggered, this, &MainWindow::showShortcutsHelp);
    rebuildNotificationsMenu();
}

void MainWindow::chooseLanguage(const QString &code)
{
    m_settings.setLanguage(code);
    LanguageManager::instance()->setLanguage(code);
    // Views ask their models again on repaint: dates and words in the new language.
    for (QWidget *widget : QApplication::allWidgets())
        widget->update();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_accountMenu->setTitle(tr("&Account"));
    m_ticketsMenu->setTitle(tr("&Tickets"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(
        tr("System language (%1)").arg(LanguageManager::nativeName(LanguageManager::systemLanguage())));
    m_notificationsMenu->setTitle(tr("&Notifications"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->retranslate();
    rebuildNotificationsMenu();
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    const int unread = m_notifier->model()->unreadCount();
    const QString title = tr("Customer Care Registry");
    // The count first, so it shows in a narrow task bar entry.
    setWindowTitle(unread > 0 ? tr("(%1) %2").arg(unread).arg(title) : title);
    setWindowIcon(TrayIcon::iconWithBadge(unread));
}

void MainWindow::rebuildNotificationsMenu()
{
    if (!m_notificationsMenu)
        return;
    m_notificationsMenu->clear();
    NotificationModel *model = m_notifier->model();
    if (model->rowCount() == 0) {
        QAction *empty =
            m_notificationsMenu->addAction(tr("No notifications yet — news about your tickets will appear here"));
        empty->setObjectName(u"noNotificationsAction"_s);
        empty->setEnabled(false);
        return;
    }
    for (int row = 0; row < std::min(model->rowCount(), kNotificationsInMenu); ++row) {
        const auto &item = model->at(row);
        QAction *entry = m_notificationsMenu->addAction(item.title);
        entry->setObjectName(u"notificationAction"_s);
        entry->setData(item.ticketId);
        entry->setToolTip(item.body);
        entry->setStatusTip(item.body);
        QFont font = entry->font();
        font.setBold(!item.read);
        entry->setFont(font);
        connect(entry, &QAction::triggered, m_notifier, [notifier = m_notifier, row] { notifier->activate(row); });
    }
    m_notificationsMenu->addSeparator();
    QAction *markAll = m_notificationsMenu->addAction(tr("Mark all as read"));
    markAll->setObjectName(u"markAllReadAction"_s);
    markAll->setEnabled(model->unreadCount() > 0);
    connect(markAll, &QAction::triggered, model, &NotificationModel::markAllRead);
}

void MainWindow::showShortcutsHelp()
{
    if (auto *open = findChild<ShortcutsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
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
    AccessibleNames::fromLabels(panel);
}

void MainWindow::showPanelFor(const domain::UserProfile &user)
{
    if (user.state == domain::AccountState::Pending) {
        auto *pending = new PendingApprovalWidget(m_session, m_pages);
        connect(pending, &PendingApprovalWidget::logOutRequested, this, &MainWindow::logOut);
        replacePanel(pending);
    } else if (domain::isStaff(user.role)) {
        auto *staff = new StaffPanel(m_session, user.role, m_pages);
        m_notifier->watchTickets(staff->model());
        replacePanel(staff);
    } else {
        auto *customer = new CustomerPanel(m_session, m_pages);
        m_notifier->watchTickets(customer->model());
        replacePanel(customer);
    }
    if (m_panel && !qobject_cast<PendingApprovalWidget *>(m_panel)) {
        // Status as a coloured badge with its word, in the panel's ticket list.
        if (auto *view = m_panel->findChild<QAbstractItemView *>(u"ticketView"_s))
            StatusStyle::badgeStatusColumn(view);
        auto *commands = new PanelCommands(m_shortcuts, m_session, m_panel);
        connect(this, &MainWindow::openTicketRequested, commands, &PanelCommands::showTicket);
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
    if (m_keeper->state() != ConnectionKeeper::State::Online) {
        m_connectionStatus->setText(ConnectionBanner::headline(*m_keeper));
        const auto &user = m_session->user();
        m_userStatus->setText(user ? tr("%1 (%2)").arg(user->displayName(), roleText(user->role)) : QString());
        return;
    }
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

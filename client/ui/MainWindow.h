#pragma once

#include "app/ClientOptions.h"
#include "app/ClientSettings.h"
#include "app/RememberedLogin.h"

#include <domain/User.h>

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace ccr::client {

class CertificateNotice;
class ConnectionBanner;
class ConnectionKeeper;
class LoginWidget;
class Notifier;
class PasswordCodeWidget;
class RegistrationWidget;
class Session;
class ShortcutRegistry;
class TokenVault;
class TrayIcon;

// Puts the pieces together: the certificate and connection banners, the
// pages for people not logged in (login, registration, password by code),
// the logged-in user's panel by role and state, the menus (Account,
// Tickets, View with the language, Notifications, Help), and a status bar
// that says honestly whether we are connected. The protocol work lives in
// Session (ConnectionKeeper brings a dropped connection back), the
// remembered login in RememberedLogin, notifications in Notifier, the
// keyboard commands in ShortcutRegistry, the rest in the panels.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Remembered logins go to the operating system's keychain.
    explicit MainWindow(const ClientOptions &options, QWidget *parent = nullptr);
    // Remembered logins go to vault instead (tests: in memory). Not owned;
    // it must outlive the window.
    MainWindow(const ClientOptions &options, TokenVault *vault, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    RememberedLogin *rememberedLogin() const { return m_remembered; }
    ConnectionKeeper *connectionKeeper() const { return m_keeper; }
    Notifier *notifier() const { return m_notifier; }
    ShortcutRegistry *shortcuts() const { return m_shortcuts; }
    // The logged-in user's page (a role panel, or the wait for approval),
    // or nullptr on the pages before login.
    QWidget *panel() const { return m_panel; }

    // Help → Keyboard shortcuts.
    void showShortcutsHelp();

Q_SIGNALS:
    // A notification was clicked (menu or desktop popup): the panels show
    // that ticket (CustomerPanel and StaffPanel select it in their list;
    // the ticket detail view opens from there).
    void openTicketRequested(qint64 ticketId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void showLogin();
    void showRegistration();
    void showPasswordReset();
    void showInvitation();
    void showPanelFor(const domain::UserProfile &user);
    void replacePanel(QWidget *panel);
    void onLoggedIn(const domain::UserProfile &user);
    void onUserChanged(const domain::UserProfile &user);
    void onLoggedOut(const QString &reason);
    void onResumeFinished(const RememberedLogin::ResumeOutcome &outcome);
    void onVaultAvailability(RememberedLogin::Availability availability);
    void resumeRememberedLogin();
    void logOut();
    void updateStatus();
    void updateTitle();
    void rebuildNotificationsMenu();
    void chooseLanguage(const QString &code);

    ClientSettings m_settings;
    Session *m_session;
    RememberedLogin *m_remembered;
    ConnectionKeeper *m_keeper;
    Notifier *m_notifier;
    ShortcutRegistry *m_shortcuts;
    TrayIcon *m_tray;
    CertificateNotice *m_certificateNotice;
    ConnectionBanner *m_connectionBanner;
    QStackedWidget *m_pages;
    LoginWidget *m_login;
    RegistrationWidget *m_registration;
    PasswordCodeWidget *m_passwordCode;
    QWidget *m_panel = nullptr;
    QLabel *m_connectionStatus;
    QLabel *m_userStatus;
    QAction *m_logOut;
    QMenu *m_accountMenu = nullptr;
    QMenu *m_ticketsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_notificationsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languages = nullptr;
    QAction *m_systemLanguage = nullptr;
};

} // namespace ccr::client

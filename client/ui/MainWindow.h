#pragma once

#include "app/ClientOptions.h"
#include "app/ClientSettings.h"
#include "app/RememberedLogin.h"

#include <domain/User.h>

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace ccr::client {

class CertificateNotice;
class LoginWidget;
class PasswordCodeWidget;
class RegistrationWidget;
class Session;
class TokenVault;

// Puts the pieces together: the certificate banner, the pages for people
// not logged in (login, registration, password by code), the logged-in
// user's panel by role and state, and a status bar that says honestly
// whether we are connected. The protocol work lives in Session, the
// remembered login in RememberedLogin, the rest in the panels.
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
    // The logged-in user's page (a role panel, or the wait for approval),
    // or nullptr on the pages before login.
    QWidget *panel() const { return m_panel; }

private:
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

    ClientSettings m_settings;
    Session *m_session;
    RememberedLogin *m_remembered;
    CertificateNotice *m_certificateNotice;
    QStackedWidget *m_pages;
    LoginWidget *m_login;
    RegistrationWidget *m_registration;
    PasswordCodeWidget *m_passwordCode;
    QWidget *m_panel = nullptr;
    QLabel *m_connectionStatus;
    QLabel *m_userStatus;
    QAction *m_logOut;
};

} // namespace ccr::client

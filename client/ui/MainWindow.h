#pragma once

#include "app/ClientOptions.h"
#include "app/ClientSettings.h"

#include <domain/User.h>

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace ccr::client {

class CertificateNotice;
class LoginWidget;
class RegistrationWidget;
class Session;

// Puts the pieces together: the certificate banner, the login and
// registration pages, the logged-in user's panel by role, and a status bar
// that says honestly whether we are connected. The protocol work lives in
// Session and the panels' feeds, not here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ClientOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    // The logged-in user's panel, or nullptr on the login pages.
    QWidget *panel() const { return m_panel; }

private:
    void showLogin();
    void showRegistration();
    void onLoggedIn(const domain::UserProfile &user);
    void onLoggedOut();
    void logOut();
    void updateStatus();

    ClientSettings m_settings;
    Session *m_session;
    CertificateNotice *m_certificateNotice;
    QStackedWidget *m_pages;
    LoginWidget *m_login;
    RegistrationWidget *m_registration;
    QWidget *m_panel = nullptr;
    QLabel *m_connectionStatus;
    QLabel *m_userStatus;
    QAction *m_logOut;
};

} // namespace ccr::client

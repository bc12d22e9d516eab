#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class Session;

// The first screen: which server, and who. Logging in connects first when
// needed; the session's loggedIn signal moves the window on. The ways on
// for people without a password (new account, forgotten password,
// invitation) start here too.
class LoginWidget : public QWidget
{
    Q_OBJECT
public:
    LoginWidget(Session *session, QWidget *parent = nullptr);

    void setServer(const QString &host, quint16 port);
    // Puts the server fields into the session, for registration too.
    void applyServer();
    void prefill(const QString &email, const QString &message);
    QString email() const;

    void setRememberMe(bool remember);
    // Without a keychain nothing can be remembered: the box goes grey and a
    // sentence beside it says so.
    void setKeychainAvailable(bool available);
    // While a remembered session is being resumed at start.
    void setResuming(bool resuming);
    // Something to tell before the next login (the session ended, a saved
    // login expired, a password was changed).
    void showNotice(const QString &message);

Q_SIGNALS:
    void createAccountRequested();
    void forgotPasswordRequested();
    void invitationRequested();
    void rememberMeChanged(bool remember);

protected:
    // LanguageChange: every text again in the new language.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void onReply(const protocol::Reply &reply);
    void setBusy(bool busy, const QString &buttonText);
    void showError(const QString &message);

    Session *m_session;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_rememberMe;
    QLabel *m_keychainNote;
    QLabel *m_error;
    BusyIndicator *m_busy;
    QPushButton *m_logIn;
    QPushButton *m_createAccount;
    QPushButton *m_forgotPassword;
    QPushButton *m_invitation;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_serverLabel;
    QLabel *m_portLabel;
    QLabel *m_emailLabel;
    QLabel *m_passwordLabel;
    bool m_resuming = false;
};

} // namespace ccr::client

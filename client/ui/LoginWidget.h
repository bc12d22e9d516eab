#pragma once

#include <QWidget>

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
// needed; the session's loggedIn signal moves the window on.
class LoginWidget : public QWidget
{
    Q_OBJECT
public:
    LoginWidget(Session *session, QWidget *parent = nullptr);

    void setServer(const QString &host, quint16 port);
    // Puts the server fields into the session, for registration too.
    void applyServer();
    void prefill(const QString &email, const QString &message);

Q_SIGNALS:
    void createAccountRequested();

private:
    void submit();
    void onReply(const protocol::Reply &reply);
    void setBusy(bool busy);
    void showError(const QString &message);

    Session *m_session;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_error;
    BusyIndicator *m_busy;
    QPushButton *m_logIn;
    QPushButton *m_createAccount;
};

} // namespace ccr::client

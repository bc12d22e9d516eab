#pragma once

#include "FieldErrorLabels.h"

#include <validation/Rules.h>

#include <QWidget>

class QFormLayout;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class Session;

// A new account: a customer's, or an agent's that waits for an
// administrator's approval. The shared rules are checked on submit, before
// anything is sent; the server's verdict (the same rules, plus a taken
// email) lands beside the same fields. A created account logs in at once.
class RegistrationWidget : public QWidget
{
    Q_OBJECT
public:
    RegistrationWidget(Session *session, QWidget *parent = nullptr);

    // Called when the page is shown: the server the login page points at.
    void setServerName(const QString &server);
    void reset();

Q_SIGNALS:
    void backRequested();
    // The account exists but the automatic login failed: the login page can
    // take over with the email filled in.
    void registeredButNotLoggedIn(const QString &email, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    validation::Registration input() const;
    void submit();
    void onRegistered(const protocol::Reply &reply);
    void onLoggedIn(const protocol::Reply &reply);
    void showErrors(const validation::FieldErrors &errors);
    void showGeneralError(const QString &message);
    void setBusy(bool busy);
    QLineEdit *addField(const QString &field);

    Session *m_session;
    FieldErrorLabels m_errors;
    QList<QLineEdit *> m_inputs;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_confirmation;
    QCheckBox *m_agent;
    QLabel *m_agentNote;
    QLabel *m_server;
    QLabel *m_generalError;
    BusyIndicator *m_busy;
    QPushButton *m_register;
    QPushButton *m_back;
    validation::Registration m_submitted;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
};

} // namespace ccr::client

#pragma once

#include "FieldErrorLabels.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class Session;

// Setting a password with a mailed one-time code, for the two ways in
// without one: a forgotten password (ask for a code first, then use it)
// and an invitation from an administrator (the code is in the invitation).
// Once the password is set it logs in with it.
class PasswordCodeWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Purpose
    {
        ResetPassword,
        AcceptInvitation
    };

    PasswordCodeWidget(Session *session, QWidget *parent = nullptr);

    // Called when the page is shown; email is whatever the login page had.
    void start(Purpose purpose, const QString &email);
    Purpose purpose() const { return m_purpose; }

Q_SIGNALS:
    void backRequested();
    // The password is set but the automatic login failed: the login page
    // takes over with the email filled in.
    void passwordSetButNotLoggedIn(const QString &email, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    // Title, intro and buttons for a reset or an invitation.
    void showPurposeTexts();
    void requestCode();
    void onCodeRequested(const protocol::Reply &reply);
    void submit();
    void onPasswordSet(const protocol::Reply &reply);
    void onLoggedIn(const protocol::Reply &reply);
    void showServerError(const protocol::Reply &reply);
    void showErrors(const validation::FieldErrors &errors);
    void showGeneralError(const QString &message);
    void setBusy(bool busy);
    QLineEdit *addField(const QString &field);

    Session *m_session;
    Purpose m_purpose = Purpose::ResetPassword;
    FieldErrorLabels m_errors;
    QList<QLineEdit *> m_inputs;
    QLabel *m_title;
    QLabel *m_intro;
    QLineEdit *m_email;
    QLineEdit *m_code;
    QLineEdit *m_password;
    QLineEdit *m_confirmation;
    QPushButton *m_sendCode;
    QWidget *m_codeSection;
    QLabel *m_notice;
    QLabel *m_generalError;
    BusyIndicator *m_busy;
    QPushButton *m_submit;
    QPushButton *m_back;
    QString m_submittedEmail;
    QString m_submittedPassword;
    QFormLayout *m_form = nullptr;
    QLabel *m_emailLabel = nullptr;
};

} // namespace ccr::client

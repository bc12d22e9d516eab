#pragma once

#include "FieldErrorLabels.h"

#include <QGroupBox>

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

// A new password for the logged-in user, proven by the current one
// (profile.changePassword). The server logs out the account's other
// sessions; this one stays.
class ChangePasswordForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit ChangePasswordForm(Session *session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    QLineEdit *addPasswordField(const QString &field);
    void submit();
    void onChanged(const protocol::Reply &reply);
    void showStatus(const QString &message, bool error);
    void setBusy(bool busy);

    Session *m_session;
    FieldErrorLabels m_errors;
    QList<QLineEdit *> m_inputs;
    QLineEdit *m_oldPassword;
    QLineEdit *m_password;
    QLineEdit *m_confirmation;
    QFormLayout *m_form = nullptr;
    QLabel *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_change;
};

} // namespace ccr::client

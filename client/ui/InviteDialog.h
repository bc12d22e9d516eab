#pragma once

#include "FieldErrorLabels.h"

#include <domain/User.h>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

class QFormLayout;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class LanguageCombo;
class Session;

// An administrator invites an agent or another administrator (user.invite).
// The server mails the invitee a code to set their password with; the
// dialog closes on the server's answer, not on the click.
class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    InviteDialog(Session *session, domain::Role role, QWidget *parent = nullptr);

Q_SIGNALS:
    void invited(const ccr::domain::UserProfile &user);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void submit();
    void onReply(const protocol::Reply &reply);
    void setBusy(bool busy);

    Session *m_session;
    domain::Role m_role;
    FieldErrorLabels m_errors;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    LanguageCombo *m_language;
    QLabel *m_generalError;
    BusyIndicator *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_invite;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace ccr::client

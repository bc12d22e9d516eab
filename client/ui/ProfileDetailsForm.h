#pragma once

#include "FieldErrorLabels.h"

#include <QGroupBox>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class LanguageCombo;
class Session;

// The logged-in user's own details (profile.get / profile.update): name,
// phone, the language of their mails, and whether they want optional mails.
// The email is shown but not edited here: it is what they log in with.
class ProfileDetailsForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit ProfileDetailsForm(Session *session, QWidget *parent = nullptr);

    void load();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void onLoaded(const protocol::Reply &reply);
    void save();
    void onSaved(const protocol::Reply &reply);
    void fill(const protocol::Reply &reply);
    void showStatus(const QString &message, bool error);
    void setBusy(bool busy);

    Session *m_session;
    FieldErrorLabels m_errors;
    QLabel *m_email;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_phone;
    LanguageCombo *m_language;
    QCheckBox *m_optionalMail;
    QFormLayout *m_form = nullptr;
    QLabel *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_save;
    bool m_loaded = false;
};

} // namespace ccr::client

#pragma once

#include "FieldErrorLabels.h"

#include <QGroupBox>
#include <QJsonObject>

class QFormLayout;
class QComboBox;
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

// The server's SMTP relay (settings.smtp.get / settings.smtp.set), for
// administrators. Save sends only what changed; the password is write-only:
// an empty field keeps the one the server has.
class SmtpSettingsForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit SmtpSettingsForm(Session *session, QWidget *parent = nullptr);

    void load();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void fill(const QJsonObject &smtp);
    // "Mail is (not) configured…" for the settings the server last sent.
    void describeConfigured();
    void onLoaded(const protocol::Reply &reply);
    void save();
    void onSaved(const protocol::Reply &reply);
    QJsonObject changes() const;
    void showStatus(const QString &message, bool error);
    void setBusy(bool busy);

    Session *m_session;
    FieldErrorLabels m_errors;
    QLabel *m_configured;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_passwordNote;
    QLineEdit *m_fromAddress;
    QLineEdit *m_fromName;
    QLabel *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_save;
    QJsonObject m_shown; // as the server last described them
    bool m_loaded = false;
    QFormLayout *m_form = nullptr;
};

} // namespace ccr::client

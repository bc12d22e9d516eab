#pragma once

#include "FieldErrorLabels.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class OutboxModel;
class Session;
class SmtpSettingsForm;

// Administrators' mail: the SMTP relay settings, a test mail, and the
// outbox, refreshed every few seconds while the tab is on screen.
class MailTab : public QWidget
{
    Q_OBJECT
public:
    explicit MailTab(Session *session, QWidget *parent = nullptr);

    OutboxModel *outbox() const { return m_outbox; }
    void refreshOutbox();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    QWidget *createTestMailRow();
    void sendTestMail();
    void onTestMailSent(const protocol::Reply &reply);
    void onOutboxListed(const protocol::Reply &reply);
    void showTestResult(const QString &message, bool error);

    Session *m_session;
    SmtpSettingsForm *m_settings;
    OutboxModel *m_outbox;
    QGroupBox *m_outboxBox = nullptr;
    QGroupBox *m_testBox = nullptr;
    QTableView *m_view;
    QLabel *m_outboxStatus;
    QPushButton *m_refresh;
    QTimer *m_refreshTimer;
    FieldErrorLabels m_testErrors;
    QLineEdit *m_testTo = nullptr;
    QPushButton *m_sendTest = nullptr;
    QLabel *m_testResult = nullptr;
    bool m_settingsLoaded = false;
    bool m_listing = false;
};

} // namespace ccr::client

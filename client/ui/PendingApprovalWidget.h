#pragma once

#include <QWidget>

#include <qcoro/qcorotask.h>

class QLabel;
class QPushButton;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class Session;

// What a self-registered agent sees until an administrator approves the
// account. It listens for the account's own user.changed events (a pending
// account hears about nothing else), and the session's user turning active
// moves the window on to the staff panel — no new login needed.
class PendingApprovalWidget : public QWidget
{
    Q_OBJECT
public:
    PendingApprovalWidget(Session *session, QWidget *parent = nullptr);

Q_SIGNALS:
    void logOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    QCoro::Task<> listen();
    void checkNow();
    void onChecked(const protocol::Reply &reply);
    void showStatus(const QString &message, bool error);

    Session *m_session;
    QLabel *m_status;
    QPushButton *m_checkNow;
    QPushButton *m_logOut;
    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_live = nullptr;
};

} // namespace ccr::client

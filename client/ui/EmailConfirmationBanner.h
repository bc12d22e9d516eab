#pragma once

#include "FieldErrorLabels.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class Session;

// Above a customer's tickets while their email is unconfirmed: where the
// code went, a field for it, and a way to have another one sent. It hides
// itself once the session's user is confirmed (by this banner or by the
// same account confirming elsewhere).
class EmailConfirmationBanner : public QFrame
{
    Q_OBJECT
public:
    explicit EmailConfirmationBanner(Session *session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void updateFromSession();
    void confirm();
    void onConfirmed(const protocol::Reply &reply);
    void resend();
    void onResent(const protocol::Reply &reply);
    void showNotice(const QString &message, bool error);
    void setBusy(bool busy);

    Session *m_session;
    FieldErrorLabels m_errors;
    QLabel *m_heading;
    QLabel *m_explanation = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code;
    QPushButton *m_confirm;
    QPushButton *m_resend;
    QLabel *m_notice;
    BusyIndicator *m_busy;
};

} // namespace ccr::client

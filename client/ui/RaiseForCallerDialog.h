#pragma once

#include "FieldErrorLabels.h"

#include <domain/Ticket.h>

#include <QDialog>

class QFormLayout;
class QButtonGroup;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class Session;
class TicketFieldsForm;

// An agent or admin raising a ticket for someone on the phone: find the
// customer by name, email or phone as they type (customer.search), or take
// down a new customer's name, email and phone (the server mails them a code
// to claim the account); then the ticket's fields, with the priority
// suggested from its words; ticket.createForCustomer.
class RaiseForCallerDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kSearchPauseMs = 300;

    RaiseForCallerDialog(Session *session, QWidget *parent = nullptr);

Q_SIGNALS:
    // customerCreated: the caller had no account and now has one.
    void ticketRaised(const ccr::domain::TicketSummary &ticket, const QString &customerName, bool customerCreated);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void searchCustomers();
    void showCustomers(const protocol::Reply &reply, int generation);
    void onCustomerPicked();
    bool validateCaller();
    void submit();
    void onReply(const protocol::Reply &reply);
    void setBusy(bool busy);
    bool newCustomerChosen() const;

    Session *m_session;
    FieldErrorLabels m_callerErrors;
    QRadioButton *m_existing;
    QRadioButton *m_new;
    QStackedWidget *m_callerPages;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_searchStatus;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    TicketFieldsForm *m_fields;
    QLabel *m_generalError;
    BusyIndicator *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    QTimer *m_searchPause;
    int m_searchGeneration = 0;
    QFormLayout *m_form = nullptr;
    QLabel *m_claimNote = nullptr;
    QGroupBox *m_callerBox = nullptr;
    QGroupBox *m_ticketBox = nullptr;
};

} // namespace ccr::client

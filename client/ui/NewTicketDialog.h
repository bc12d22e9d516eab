#pragma once

#include "FieldErrorLabels.h"

#include <domain/Ticket.h>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class Session;

// Raising a ticket: subject and description, checked with the shared rules
// before sending ticket.create; errors stay beside their fields. Closes
// itself once the server has the ticket.
class NewTicketDialog : public QDialog
{
    Q_OBJECT
public:
    NewTicketDialog(Session *session, QWidget *parent = nullptr);

Q_SIGNALS:
    void ticketCreated(const ccr::domain::TicketSummary &ticket);

private:
    void submit();
    void onReply(const protocol::Reply &reply);
    void setBusy(bool busy);

    Session *m_session;
    FieldErrorLabels m_errors;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    QLabel *m_generalError;
    BusyIndicator *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};

} // namespace ccr::client

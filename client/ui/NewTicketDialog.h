#pragma once

#include <domain/Ticket.h>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class Session;
class TicketFieldsForm;

// A customer raising a ticket: subject, description, category, how urgent
// it is, contact phone and preferred contact, checked with the shared rules
// before sending ticket.create; errors stay beside their fields. Closes
// itself once the server has the ticket.
class NewTicketDialog : public QDialog
{
    Q_OBJECT
public:
    NewTicketDialog(Session *session, QWidget *parent = nullptr);

Q_SIGNALS:
    void ticketCreated(const ccr::domain::TicketSummary &ticket);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void submit();
    void onReply(const protocol::Reply &reply);
    void setBusy(bool busy);

    Session *m_session;
    TicketFieldsForm *m_fields;
    QLabel *m_generalError;
    BusyIndicator *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};

} // namespace ccr::client

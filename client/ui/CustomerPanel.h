#pragma once

#include <domain/Ticket.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace ccr::client {

class EmailConfirmationBanner;
class Session;
class TicketListModel;
class TicketsPage;

// What a customer works with: their own tickets, live (status and search
// filters), raising a new one
// (once their email is confirmed), and their profile.
class CustomerPanel : public QWidget
{
    Q_OBJECT
public:
    CustomerPanel(Session *session, QWidget *parent = nullptr);

    TicketListModel *model() const;
    TicketsPage *ticketsPage() const { return m_tickets; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // Double-click or Enter on one of their tickets.
    void ticketActivated(const ccr::domain::TicketSummary &ticket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *createTicketsPage();
    void openNewTicketDialog();
    void updateNewTicketAccess();

    Session *m_session;
    QTabWidget *m_tabs;
    EmailConfirmationBanner *m_confirmation = nullptr;
    TicketsPage *m_tickets = nullptr;
    QPushButton *m_newTicket = nullptr;
    QLabel *m_newTicketBlocked = nullptr;
    QWidget *m_profile = nullptr;
};

} // namespace ccr::client

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace ccr::client {

class EmailConfirmationBanner;
class Session;
class TicketFeed;
class TicketListModel;
class TicketTable;

// What a customer works with: their own tickets, live, raising a new one
// (once their email is confirmed), and their profile.
class CustomerPanel : public QWidget
{
    Q_OBJECT
public:
    CustomerPanel(Session *session, QWidget *parent = nullptr);

    TicketListModel *model() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *createTicketsPage();
    void openNewTicketDialog();
    void updateNewTicketAccess();

    Session *m_session;
    TicketListModel *m_model;
    TicketFeed *m_feed;
    QTabWidget *m_tabs;
    EmailConfirmationBanner *m_confirmation = nullptr;
    TicketTable *m_table = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_newTicket = nullptr;
    QLabel *m_newTicketBlocked = nullptr;
};

} // namespace ccr::client

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ccr::client {

class Session;
class TicketFeed;
class TicketListModel;
class TicketTable;

// What a customer works with: their own tickets, live, and raising a new one.
class CustomerPanel : public QWidget
{
    Q_OBJECT
public:
    CustomerPanel(Session *session, QWidget *parent = nullptr);

    TicketListModel *model() const { return m_model; }

private:
    void openNewTicketDialog();

    Session *m_session;
    TicketListModel *m_model;
    TicketFeed *m_feed;
    TicketTable *m_table;
    QLabel *m_error;
    QPushButton *m_newTicket;
};

} // namespace ccr::client

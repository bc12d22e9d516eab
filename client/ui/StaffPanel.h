#pragma once

#include <domain/Role.h>

#include <QWidget>

class QLabel;
class QTabWidget;

namespace ccr::client {

class PeopleTab;
class Session;
class TicketFeed;
class TicketListModel;
class TicketTable;

// What agents and admins start from: every ticket the server lets them see,
// with its customer, arriving live as customers raise them; administrators
// also manage the staff accounts ("People") and the server's mail ("Mail");
// everyone has their profile.
class StaffPanel : public QWidget
{
    Q_OBJECT
public:
    StaffPanel(Session *session, domain::Role role, QWidget *parent = nullptr);

    TicketListModel *model() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *createTicketsPage(domain::Role role);

    TicketListModel *m_model;
    TicketFeed *m_feed;
    QTabWidget *m_tabs;
    TicketTable *m_table = nullptr;
    QLabel *m_error = nullptr;
    PeopleTab *m_people = nullptr;
};

} // namespace ccr::client

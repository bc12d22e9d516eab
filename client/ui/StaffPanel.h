#pragma once

#include <domain/Role.h>

#include <QWidget>

class QLabel;

namespace ccr::client {

class Session;
class TicketFeed;
class TicketListModel;
class TicketTable;

// What agents and admins start from: every ticket the server lets them see,
// with its customer, arriving live as customers raise them.
class StaffPanel : public QWidget
{
    Q_OBJECT
public:
    StaffPanel(Session *session, domain::Role role, QWidget *parent = nullptr);

    TicketListModel *model() const { return m_model; }

private:
    TicketListModel *m_model;
    TicketFeed *m_feed;
    TicketTable *m_table;
    QLabel *m_error;
};

} // namespace ccr::client

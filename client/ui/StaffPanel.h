#pragma once

#include <domain/Role.h>
#include <domain/Ticket.h>

#include <QWidget>

class QLabel;
class QTabWidget;

namespace ccr::client {

class AgentDirectory;
class PeopleTab;
class Session;
class TicketListModel;
class TicketsPage;

// What agents and admins start from: the tickets the server lets them see
// (agents open on their own queue), filtered, sorted and searched on the
// server, kept live by pushed changes; raising tickets for callers; administrators
// also manage the staff accounts ("People") and the server's mail ("Mail");
// everyone has their profile.
class StaffPanel : public QWidget
{
    Q_OBJECT
public:
    StaffPanel(Session *session, domain::Role role, QWidget *parent = nullptr);

    TicketListModel *model() const;
    TicketsPage *ticketsPage() const { return m_tickets; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // Double-click or Enter on a ticket in the list.
    void ticketActivated(const ccr::domain::TicketSummary &ticket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
    bool m_admin;
    TicketsPage *m_tickets = nullptr;
    PeopleTab *m_people = nullptr;
    QWidget *m_mail = nullptr;
    QWidget *m_agentsTab = nullptr;
    QWidget *m_settings = nullptr;
    QWidget *m_profile = nullptr;
    AgentDirectory *m_agents = nullptr; // administrators only
};

} // namespace ccr::client

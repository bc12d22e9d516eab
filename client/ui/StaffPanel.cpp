#include "StaffPanel.h"

#include "AgentsTab.h"
#include "FieldErrorLabels.h"
#include "MailTab.h"
#include "PeopleTab.h"
#include "PresenceSwitch.h"
#include "ProfileTab.h"
#include "SettingsTab.h"
#include "TicketWorkspace.h"
#include "TicketsPage.h"
#include "app/Session.h"
#include "models/AgentDirectory.h"
#include "models/TicketFeed.h"
#include "models/TicketListModel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

StaffPanel::StaffPanel(Session *session, domain::Role role, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"staffPanel"_s);
    m_tabs->setObjectName(u"panelTabs"_s);
    m_tabs->setDocumentMode(true);
    const bool admin = role == domain::Role::Admin;
    // Agents start on their own queue, administrators on everything.
    m_tickets = new TicketsPage(session, admin ? TicketFilterBar::Audience::Admin : TicketFilterBar::Audience::Agent,
                                admin ? tr("All tickets") : tr("Tickets"), m_tabs);
    m_tabs->addTab(m_tickets, admin ? tr("All tickets") : tr("Tickets"));
    if (role == domain::Role::Admin) {
        m_people = new PeopleTab(session, m_tabs);
        m_tabs->addTab(m_people, tr("People"));
        m_tabs->addTab(new MailTab(session, m_tabs), tr("Mail"));
        m_agents = new AgentDirectory(session, this);
        m_tabs->addTab(new AgentsTab(m_agents, m_tabs), AgentsTab::title());
        m_tabs->addTab(new SettingsTab(session, m_agents, m_tabs), SettingsTab::title());
    }
    m_tabs->addTab(new ProfileTab(session, m_tabs), tr("Profile"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tickets, &TicketsPage::ticketActivated, this, &StaffPanel::ticketActivated);
    // An opened ticket becomes a tab of its own beside the list.
    auto *workspace = new TicketWorkspace(session, m_tabs, m_agents, this);
    connect(this, &StaffPanel::ticketActivated, workspace, &TicketWorkspace::open);
    if (m_agents)
        connect(m_tickets->feed(), &TicketFeed::liveStarted, m_agents, &AgentDirectory::load);
    if (role == domain::Role::Agent) {
        // Only agents take tickets, so only they are online or away.
        auto *presence = new PresenceSwitch(session, m_tabs);
        m_tabs->setCornerWidget(presence, Qt::TopRightCorner);
        connect(m_tickets->feed(), &TicketFeed::liveStarted, presence, &PresenceSwitch::load);
    }
    if (m_people) {
        // People follow the same event stream the feed subscribes to; their
        // list is loaded each time that stream goes live (again after a
        // resync, when events were missed) or fails to start.
        connect(m_tickets->feed(), &TicketFeed::liveStarted, m_people, &PeopleTab::load);
        connect(m_tickets->feed(), &TicketFeed::failed, m_people, [this] {
            if (!m_tickets->feed()->isLive())
                m_people->load();
        });
    }
    m_tickets->start();
}

TicketListModel *StaffPanel::model() const
{
    return m_tickets->model();
}

} // namespace ccr::client

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

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

StaffPanel::StaffPanel(Session *session, domain::Role role, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_admin(role == domain::Role::Admin)
{
    setObjectName(u"staffPanel"_s);
    m_tabs->setObjectName(u"panelTabs"_s);
    m_tabs->setDocumentMode(true);
    // Agents start on their own queue, administrators on everything.
    // Tab titles and the heading come from retranslate().
    m_tickets = new TicketsPage(session, m_admin ? TicketFilterBar::Audience::Admin : TicketFilterBar::Audience::Agent,
                                QString(), m_tabs);
    m_tabs->addTab(m_tickets, QString());
    if (m_admin) {
        m_people = new PeopleTab(session, m_tabs);
        m_tabs->addTab(m_people, QString());
        m_mail = new MailTab(session, m_tabs);
        m_tabs->addTab(m_mail, QString());
        m_agents = new AgentDirectory(session, this);
        m_agentsTab = new AgentsTab(m_agents, m_tabs);
        m_tabs->addTab(m_agentsTab, QString());
        m_settings = new SettingsTab(session, m_agents, m_tabs);
        m_tabs->addTab(m_settings, QString());
    }
    m_profile = new ProfileTab(session, m_tabs);
    m_tabs->addTab(m_profile, QString());
    retranslate();
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

void StaffPanel::retranslate()
{
    const QString tickets = m_admin ? tr("All tickets") : tr("Tickets");
    m_tabs->setTabText(m_tabs->indexOf(m_tickets), tickets);
    m_tickets->setHeading(tickets);
    if (m_admin) {
        m_tabs->setTabText(m_tabs->indexOf(m_people), tr("People"));
        m_tabs->setTabText(m_tabs->indexOf(m_mail), tr("Mail"));
        m_tabs->setTabText(m_tabs->indexOf(m_agentsTab), AgentsTab::title());
        m_tabs->setTabText(m_tabs->indexOf(m_settings), SettingsTab::title());
    }
    m_tabs->setTabText(m_tabs->indexOf(m_profile), tr("Profile"));
}

void StaffPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

TicketListModel *StaffPanel::model() const
{
    return m_tickets->model();
}

} // namespace ccr::client

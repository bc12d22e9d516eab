#include "StaffPanel.h"

#include "FieldErrorLabels.h"
#include "MailTab.h"
#include "PeopleTab.h"
#include "ProfileTab.h"
#include "TicketTable.h"
#include "app/Session.h"
#include "models/TicketFeed.h"
#include "models/TicketListModel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

StaffPanel::StaffPanel(Session *session, domain::Role role, QWidget *parent)
    : QWidget(parent)
    , m_model(new TicketListModel(this))
    , m_feed(new TicketFeed(&session->rpc(), m_model, this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"staffPanel"_s);
    m_tabs->setObjectName(u"panelTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createTicketsPage(role), tr("All tickets"));
    if (role == domain::Role::Admin) {
        m_people = new PeopleTab(session, m_tabs);
        m_tabs->addTab(m_people, tr("People"));
        m_tabs->addTab(new MailTab(session, m_tabs), tr("Mail"));
    }
    m_tabs->addTab(new ProfileTab(session, m_tabs), tr("Profile"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_feed, &TicketFeed::loadingChanged, m_table, &TicketTable::setLoading);
    connect(m_feed, &TicketFeed::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });
    if (m_people) {
        // People follow the same event stream the feed subscribes to; their
        // list is loaded each time that stream goes live (again after a
        // resync, when events were missed) or fails to start.
        connect(m_feed, &TicketFeed::loadingChanged, m_people, [people = m_people](bool loading) {
            if (!loading)
                people->load();
        });
    }
    m_feed->start();
}

QWidget *StaffPanel::createTicketsPage(domain::Role role)
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(u"ticketsPage"_s);
    m_table = new TicketTable(m_model, page);
    m_error = new QLabel(page);
    m_error->setObjectName(u"panelError"_s);

    auto *heading = new QLabel(tr("All tickets"), page);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *roleNote = new QLabel(role == domain::Role::Admin ? tr("Administrator view") : tr("Agent view"), page);
    roleNote->setForegroundRole(QPalette::PlaceholderText);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    FieldErrorLabels::paintAsError(m_error);
    m_table->setEmptyText(tr("No tickets yet. New tickets appear here as customers raise them."));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading);
    layout->addWidget(roleNote);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    return page;
}

} // namespace ccr::client

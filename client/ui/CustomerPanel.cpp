#include "CustomerPanel.h"

#include "EmailConfirmationBanner.h"
#include "FieldErrorLabels.h"
#include "NewTicketDialog.h"
#include "ProfileTab.h"
#include "TicketWorkspace.h"
#include "TicketsPage.h"
#include "app/Session.h"
#include "models/TicketListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

CustomerPanel::CustomerPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"customerPanel"_s);
    m_tabs->setObjectName(u"panelTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createTicketsPage(), QString());
    m_profile = new ProfileTab(session, m_tabs);
    m_tabs->addTab(m_profile, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_newTicket, &QPushButton::clicked, this, &CustomerPanel::openNewTicketDialog);
    connect(m_tickets, &TicketsPage::ticketActivated, this, &CustomerPanel::ticketActivated);
    // An opened ticket becomes a tab of its own beside the list.
    auto *workspace = new TicketWorkspace(session, m_tabs, nullptr, this);
    connect(this, &CustomerPanel::ticketActivated, workspace, &TicketWorkspace::open);
    connect(session, &Session::userChanged, this, &CustomerPanel::updateNewTicketAccess);
    retranslate();
    m_tickets->start();
}

QWidget *CustomerPanel::createTicketsPage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(u"myTicketsTab"_s);
    m_confirmation = new EmailConfirmationBanner(m_session, page);
    m_tickets = new TicketsPage(m_session, TicketFilterBar::Audience::Customer, QString(), page);
    m_newTicket = new QPushButton(page);
    m_newTicketBlocked = new QLabel(page);
    m_newTicket->setObjectName(u"newTicketButton"_s);
    m_newTicketBlocked->setObjectName(u"newTicketBlockedNote"_s);
    m_newTicketBlocked->setForegroundRole(QPalette::PlaceholderText);
    m_tickets->actions()->addWidget(m_newTicketBlocked);
    m_tickets->actions()->addWidget(m_newTicket);
    m_tickets->orderTabs();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_tickets, 1);
    return page;
}

void CustomerPanel::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_tickets->parentWidget()), tr("My tickets"));
    m_tabs->setTabText(m_tabs->indexOf(m_profile), tr("Profile"));
    m_tickets->setHeading(tr("My tickets"));
    m_newTicket->setText(tr("New ticket"));
    m_newTicketBlocked->setText(tr("Confirm your email to raise tickets."));
    updateNewTicketAccess();
}

void CustomerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

TicketListModel *CustomerPanel::model() const
{
    return m_tickets->model();
}

void CustomerPanel::updateNewTicketAccess()
{
    // The server would answer email_unconfirmed; saying so before the click is kinder.
    const bool blocked = m_session->needsEmailConfirmation();
    m_newTicket->setEnabled(!blocked);
    m_newTicket->setToolTip(blocked ? m_newTicketBlocked->text() : QString());
    m_newTicketBlocked->setVisible(blocked);
}

void CustomerPanel::openNewTicketDialog()
{
    auto *dialog = new NewTicketDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The reply's ticket shows at once; the pushed event that follows
    // updates the same row (upsert by id), never adds a second.
    connect(dialog, &NewTicketDialog::ticketCreated, model(), &TicketListModel::upsert);
    dialog->open();
}

} // namespace ccr::client

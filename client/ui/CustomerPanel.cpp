#include "CustomerPanel.h"

#include "EmailConfirmationBanner.h"
#include "FieldErrorLabels.h"
#include "NewTicketDialog.h"
#include "ProfileTab.h"
#include "TicketTable.h"
#include "app/Session.h"
#include "models/TicketFeed.h"
#include "models/TicketListModel.h"

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
    , m_model(new TicketListModel(this))
    , m_feed(new TicketFeed(&session->rpc(), m_model, this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"customerPanel"_s);
    m_tabs->setObjectName(u"panelTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createTicketsPage(), tr("My tickets"));
    m_tabs->addTab(new ProfileTab(session, m_tabs), tr("Profile"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_newTicket, &QPushButton::clicked, this, &CustomerPanel::openNewTicketDialog);
    connect(m_feed, &TicketFeed::loadingChanged, m_table, &TicketTable::setLoading);
    connect(m_feed, &TicketFeed::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });
    connect(session, &Session::userChanged, this, &CustomerPanel::updateNewTicketAccess);
    updateNewTicketAccess();
    m_feed->start();
}

QWidget *CustomerPanel::createTicketsPage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(u"ticketsPage"_s);
    m_confirmation = new EmailConfirmationBanner(m_session, page);
    m_table = new TicketTable(m_model, page);
    m_error = new QLabel(page);
    m_newTicket = new QPushButton(tr("New ticket"), page);
    m_newTicketBlocked = new QLabel(tr("Confirm your email to raise tickets."), page);
    m_newTicket->setObjectName(u"newTicketButton"_s);
    m_newTicketBlocked->setObjectName(u"newTicketBlockedNote"_s);
    m_error->setObjectName(u"panelError"_s);

    auto *heading = new QLabel(tr("My tickets"), page);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    FieldErrorLabels::paintAsError(m_error);
    m_newTicketBlocked->setForegroundRole(QPalette::PlaceholderText);
    // Whose tickets they are goes without saying here.
    m_table->setColumnHidden(TicketListModel::CustomerColumn, true);
    m_table->setEmptyText(tr("No tickets yet — raise one with New ticket"));

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_newTicketBlocked);
    top->addWidget(m_newTicket);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_confirmation);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    return page;
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
    connect(dialog, &NewTicketDialog::ticketCreated, m_model, &TicketListModel::upsert);
    dialog->open();
}

} // namespace ccr::client

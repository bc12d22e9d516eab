#include "CustomerPanel.h"

#include "FieldErrorLabels.h"
#include "NewTicketDialog.h"
#include "TicketTable.h"
#include "app/Session.h"
#include "models/TicketFeed.h"
#include "models/TicketListModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

CustomerPanel::CustomerPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TicketListModel(this))
    , m_feed(new TicketFeed(&session->rpc(), m_model, this))
    , m_table(new TicketTable(m_model, this))
    , m_error(new QLabel(this))
    , m_newTicket(new QPushButton(tr("New ticket"), this))
{
    setObjectName(u"customerPanel"_s);
    m_newTicket->setObjectName(u"newTicketButton"_s);
    m_error->setObjectName(u"panelError"_s);

    auto *heading = new QLabel(tr("My tickets"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    FieldErrorLabels::paintAsError(m_error);
    // Whose tickets they are goes without saying here.
    m_table->setColumnHidden(TicketListModel::CustomerColumn, true);
    m_table->setEmptyText(tr("No tickets yet — raise one with New ticket"));

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_newTicket);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_newTicket, &QPushButton::clicked, this, &CustomerPanel::openNewTicketDialog);
    connect(m_feed, &TicketFeed::loadingChanged, m_table, &TicketTable::setLoading);
    connect(m_feed, &TicketFeed::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });
    m_feed->start();
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

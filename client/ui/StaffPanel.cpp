#include "StaffPanel.h"

#include "FieldErrorLabels.h"
#include "TicketTable.h"
#include "app/Session.h"
#include "models/TicketFeed.h"
#include "models/TicketListModel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

StaffPanel::StaffPanel(Session *session, domain::Role role, QWidget *parent)
    : QWidget(parent)
    , m_model(new TicketListModel(this))
    , m_feed(new TicketFeed(&session->rpc(), m_model, this))
    , m_table(new TicketTable(m_model, this))
    , m_error(new QLabel(this))
{
    setObjectName(u"staffPanel"_s);
    m_error->setObjectName(u"panelError"_s);

    auto *heading = new QLabel(tr("All tickets"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *roleNote = new QLabel(role == domain::Role::Admin ? tr("Administrator view") : tr("Agent view"), this);
    roleNote->setForegroundRole(QPalette::PlaceholderText);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    FieldErrorLabels::paintAsError(m_error);
    m_table->setEmptyText(tr("No tickets yet. New tickets appear here as customers raise them."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(roleNote);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_feed, &TicketFeed::loadingChanged, m_table, &TicketTable::setLoading);
    connect(m_feed, &TicketFeed::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });
    m_feed->start();
}

} // namespace ccr::client

#include "AgentsTab.h"

#include "FieldErrorLabels.h"
#include "models/AgentDirectory.h"
#include "models/AgentPresenceModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

AgentsTab::AgentsTab(AgentDirectory *agents, QWidget *parent)
    : QWidget(parent)
    , m_agents(agents)
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
{
    setObjectName(u"agentsTab"_s);
    m_view->setObjectName(u"agentsView"_s);
    m_note->setObjectName(u"agentsNote"_s);
    m_view->setModel(agents->model());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->setVisible(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(agents, &AgentDirectory::loaded, this, &AgentsTab::updateNote);
    connect(agents->model(), &QAbstractItemModel::modelReset, this, &AgentsTab::updateNote);
    connect(agents, &AgentDirectory::failed, this, [this](const QString &message) {
        m_failure = message;
        m_note->setText(tr("Could not load the agents: %1").arg(message));
        FieldErrorLabels::paintAsError(m_note);
        m_note->setVisible(true);
    });
    retranslate();
}

void AgentsTab::retranslate()
{
    m_heading->setText(tr("Agents"));
    m_view->setAccessibleName(tr("Agents"));
    if (m_failure.isEmpty())
        updateNote();
    else
        m_note->setText(tr("Could not load the agents: %1").arg(m_failure));
}

void AgentsTab::updateNote()
{
    m_failure.clear();
    m_note->setPalette(palette());
    m_note->setForegroundRole(QPalette::PlaceholderText);
    if (m_agents->model()->rowCount() == 0)
        m_note->setText(tr("No active agents yet. Invite agents in People; they appear here once they can work."));
    else if (!m_agents->hasPresence())
        m_note->setText(tr("This server does not report agent presence."));
    else
        m_note->setText(tr("Presence changes live as agents log in, step away or leave."));
}

void AgentsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ccr::client

#include "TicketWorkspace.h"

#include "TicketDetailView.h"

#include <QEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

namespace ccr::client {

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxTitleLength = 32;
}

TicketWorkspace::TicketWorkspace(Session *session, QTabWidget *tabs, AgentDirectory *agents, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_tabs(tabs)
    , m_agents(agents)
{
    tabs->installEventFilter(this);
}

bool TicketWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs && event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < m_tabs->count(); ++i)
            retranslateTab(i);
    }
    return QObject::eventFilter(watched, event);
}

void TicketWorkspace::retranslateTab(int index)
{
    auto *view = qobject_cast<TicketDetailView *>(m_tabs->widget(index));
    if (!view)
        return;
    m_tabs->setTabText(index, titleOf(view->ticket()));
    if (QWidget *close = m_tabs->tabBar()->tabButton(index, QTabBar::RightSide)) {
        close->setToolTip(tr("Close ticket #%1").arg(view->ticketId()));
        close->setAccessibleName(close->toolTip());
    }
}

QString TicketWorkspace::titleOf(const domain::TicketSummary &ticket)
{
    QString subject = ticket.subject;
    if (subject.size() > kMaxTitleLength)
        subject = subject.left(kMaxTitleLength - 1) + u'…';
    return tr("#%1 %2").arg(ticket.id).arg(subject);
}

TicketDetailView *TicketWorkspace::viewOf(qint64 ticketId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<TicketDetailView *>(m_tabs->widget(i));
        if (view && view->ticketId() == ticketId)
            return view;
    }
    return nullptr;
}

void TicketWorkspace::open(const domain::TicketSummary &ticket)
{
    if (TicketDetailView *view = viewOf(ticket.id)) {
        m_tabs->setCurrentWidget(view);
        return;
    }
    auto *view = new TicketDetailView(m_session, ticket, m_agents, m_tabs);
    const int index = m_tabs->addTab(view, titleOf(ticket));
    m_tabs->setTabToolTip(index, ticket.subject);

    auto *close = new QToolButton(m_tabs);
    close->setObjectName(u"closeTicketButton-%1"_s.arg(ticket.id));
    close->setAutoRaise(true);
    close->setText(u"×"_s);
    close->setToolTip(tr("Close ticket #%1").arg(ticket.id));
    close->setAccessibleName(close->toolTip());
    m_tabs->tabBar()->setTabButton(index, QTabBar::RightSide, close);
    connect(close, &QToolButton::clicked, view, [this, view] { this->close(view); });

    connect(view, &TicketDetailView::ticketChanged, this, [this, view](const domain::TicketSummary &changed) {
        const int at = m_tabs->indexOf(view);
        if (at >= 0) {
            m_tabs->setTabText(at, titleOf(changed));
            m_tabs->setTabToolTip(at, changed.subject);
        }
        Q_EMIT ticketChanged(changed);
    });
    m_tabs->setCurrentWidget(view);
}

void TicketWorkspace::close(TicketDetailView *view)
{
    const int index = m_tabs->indexOf(view);
    if (index < 0)
        return;
    if (QWidget *button = m_tabs->tabBar()->tabButton(index, QTabBar::RightSide))
        button->deleteLater();
    m_tabs->removeTab(index);
    view->deleteLater();
}

} // namespace ccr::client

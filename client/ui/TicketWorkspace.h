#pragma once

#include <domain/Ticket.h>

#include <QObject>

class QTabWidget;

namespace ccr::client {

class AgentDirectory;
class Session;
class TicketDetailView;

// Opens tickets as tabs of a panel: one tab per ticket (opening it again
// shows the same tab), titled "#id subject" and closed with its own button,
// so the panel's fixed tabs stay as they are.
class TicketWorkspace : public QObject
{
    Q_OBJECT
public:
    // agents: given to the detail views for "Assign to…" (admins); may be null.
    TicketWorkspace(Session *session, QTabWidget *tabs, AgentDirectory *agents, QObject *parent = nullptr);

    void open(const domain::TicketSummary &ticket);
    TicketDetailView *viewOf(qint64 ticketId) const;

Q_SIGNALS:
    // A detail view learnt of a newer summary (for the panel's list).
    void ticketChanged(const ccr::domain::TicketSummary &ticket);

protected:
    // The tab widget's LanguageChange: tab titles and close buttons re-worded.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void close(TicketDetailView *view);
    void retranslateTab(int index);
    static QString titleOf(const domain::TicketSummary &ticket);

    Session *m_session;
    QTabWidget *m_tabs;
    AgentDirectory *m_agents;
};

} // namespace ccr::client

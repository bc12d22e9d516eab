#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace ccr::client {

class AgentDirectory;

// Administrators' "Agents": every active agent with their presence
// (online, away, offline), open work and skills, live as agents come and go.
class AgentsTab : public QWidget
{
    Q_OBJECT
public:
    explicit AgentsTab(AgentDirectory *agents, QWidget *parent = nullptr);

    // The tab's title in the panel.
    static QString title() { return tr("Agents"); }

private:
    void updateNote();

    AgentDirectory *m_agents;
    QTableView *m_view;
    QLabel *m_note;
};

} // namespace ccr::client

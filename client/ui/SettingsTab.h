#pragma once

#include <QWidget>

namespace ccr::client {

class AgentDirectory;
class AgentSkillsForm;
class AssignmentSettingsForm;
class CategoryEditor;
class Session;
class SlaSettingsForm;

// Administrators' ticket settings: SLA targets per priority, automatic
// assignment, categories and each agent's skills. Loaded the first time
// the tab is shown.
class SettingsTab : public QWidget
{
    Q_OBJECT
public:
    SettingsTab(Session *session, AgentDirectory *agents, QWidget *parent = nullptr);

    // The tab's title in the panel.
    static QString title() { return tr("Settings"); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    SlaSettingsForm *m_sla;
    AssignmentSettingsForm *m_assignment;
    CategoryEditor *m_categories;
    AgentSkillsForm *m_skills;
    bool m_loaded = false;
};

} // namespace ccr::client

#pragma once

#include "FieldErrorLabels.h"

#include <QGroupBox>
#include <QJsonArray>

class QFormLayout;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace ccr::client {

class AgentDirectory;
class BusyIndicator;
class Session;

// Which categories each agent is skilled in (agent.setSkills), used by
// automatic assignment when "only skilled agents" is on: pick an agent,
// tick their categories, save.
class AgentSkillsForm : public QGroupBox
{
    Q_OBJECT
public:
    AgentSkillsForm(Session *session, AgentDirectory *agents, QWidget *parent = nullptr);

    void setCategories(const QJsonArray &categories);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void rebuildAgents();
    void showSkillsOfChosen();
    void save();
    void showStatus(const QString &message, bool error);
    void setBusy(bool busy);
    qint64 chosenAgent() const;

    Session *m_session;
    AgentDirectory *m_agents;
    FieldErrorLabels m_errors;
    QComboBox *m_agent;
    QListWidget *m_skills;
    QLabel *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_save;
    QJsonArray m_categories;
    bool m_busyNow = false;
    // Ticks not saved yet survive a reload of the agents (which happens often).
    bool m_edited = false;
    QFormLayout *m_form = nullptr;
};

} // namespace ccr::client

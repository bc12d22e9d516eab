#include "SettingsTab.h"

#include "AgentSkillsForm.h"
#include "AssignmentSettingsForm.h"
#include "CategoryEditor.h"
#include "SlaSettingsForm.h"
#include "models/AgentDirectory.h"
#include "models/AgentPresenceModel.h"

#include <QJsonArray>

#include <QScrollArea>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

SettingsTab::SettingsTab(Session *session, AgentDirectory *agents, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"settingsTab"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    m_sla = new SlaSettingsForm(session, content);
    m_assignment = new AssignmentSettingsForm(session, content);
    m_categories = new CategoryEditor(session, content);
    m_skills = new AgentSkillsForm(session, agents, content);

    auto *column = new QVBoxLayout(content);
    column->addWidget(m_sla);
    column->addWidget(m_assignment);
    column->addWidget(m_categories);
    column->addWidget(m_skills);
    column->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_categories, &CategoryEditor::categoriesChanged, m_skills, &AgentSkillsForm::setCategories);
    // A renamed category reads the new way in the Agents tab's skills too.
    connect(m_categories, &CategoryEditor::categoriesChanged, agents, [agents](const QJsonArray &categories) {
        QHash<qint64, QString> names;
        for (const auto &value : categories)
            names.insert(value[u"id"_s].toInteger(), value[u"name"_s].toString());
        agents->model()->setCategoryNames(std::move(names));
    });
}

void SettingsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_loaded, true))
        return;
    m_sla->load();
    m_assignment->load();
    m_categories->load();
}

} // namespace ccr::client

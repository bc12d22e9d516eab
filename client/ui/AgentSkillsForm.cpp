#include "AgentSkillsForm.h"

#include "FormRows.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "app/Session.h"
#include "models/AgentDirectory.h"
#include "models/AgentPresenceModel.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {
const QString kAgentId = u"agentId"_s;
const QString kCategoryIds = u"categoryIds"_s;
} // namespace

AgentSkillsForm::AgentSkillsForm(Session *session, AgentDirectory *agents, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_agents(agents)
    , m_agent(new QComboBox(this))
    , m_skills(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_save(new QPushButton(this))
{
    setObjectName(u"agentSkillsForm"_s);
    m_agent->setObjectName(u"skillsAgentCombo"_s);
    m_skills->setObjectName(u"skillsList"_s);
    m_status->setObjectName(u"skillsStatus"_s);
    m_save->setObjectName(u"saveSkillsButton"_s);
    m_skills->setMinimumHeight(90);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);
    m_busy->setBusy(false);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, m_errors.wrap(kAgentId, m_agent));
    FormRows::addRow(form, m_errors.wrap(kCategoryIds, m_skills));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save, 0, Qt::AlignTop | Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);

    connect(agents->model(), &QAbstractItemModel::modelReset, this, &AgentSkillsForm::rebuildAgents);
    connect(m_agent, &QComboBox::currentIndexChanged, this, [this] {
        m_edited = false;
        showSkillsOfChosen();
    });
    connect(m_skills, &QListWidget::itemChanged, this, [this] {
        m_edited = true;
        m_errors.clear(kCategoryIds);
        m_status->setVisible(false);
    });
    connect(m_save, &QPushButton::clicked, this, &AgentSkillsForm::save);
    rebuildAgents();
    retranslate();
}

void AgentSkillsForm::retranslate()
{
    setTitle(tr("Agent skills"));
    m_save->setText(tr("Save skills"));
    m_skills->setAccessibleName(tr("Categories the agent is skilled in"));
    FormRows::setLabel(m_form, m_agent, tr("Agent"));
    FormRows::setLabel(m_form, m_skills, tr("Skilled in"));
}

qint64 AgentSkillsForm::chosenAgent() const
{
    return m_agent->currentData().toLongLong();
}

void AgentSkillsForm::setCategories(const QJsonArray &categories)
{
    m_categories = categories;
    showSkillsOfChosen();
}

void AgentSkillsForm::rebuildAgents()
{
    const qint64 chosen = chosenAgent();
    {
        const QSignalBlocker blocker(m_agent);
        m_agent->clear();
        for (const AgentPresence &agent : m_agents->model()->agents())
            m_agent->addItem(agent.name, agent.id);
        const int index = m_agent->findData(chosen);
        m_agent->setCurrentIndex(index < 0 ? 0 : index);
        if (index < 0)
            m_edited = false;
    }
    if (!m_edited)
        showSkillsOfChosen();
}

void AgentSkillsForm::showSkillsOfChosen()
{
    const AgentPresenceModel *model = m_agents->model();
    const auto row = model->rowOf(chosenAgent());
    const QList<qint64> skills = row ? model->agents().at(*row).skills : QList<qint64>{};
    const QSignalBlocker blocker(m_skills);
    m_skills->clear();
    for (const auto &value : std::as_const(m_categories)) {
        const qint64 id = value[u"id"_s].toInteger();
        const bool active = value[u"active"_s].toBool();
        // Retired categories stay listed only where an agent still has them.
        if (!active && !skills.contains(id))
            continue;
        const QString name = value[u"name"_s].toString();
        auto *item = new QListWidgetItem(active ? name : tr("%1 (inactive)").arg(name), m_skills);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(skills.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    setBusy(m_busyNow);
}

void AgentSkillsForm::save()
{
    const qint64 agentId = chosenAgent();
    if (m_busyNow || agentId == 0)
        return;
    m_errors.clear();
    m_status->setVisible(false);
    QJsonArray ids;
    QList<qint64> chosen;
    for (int i = 0; i < m_skills->count(); ++i) {
        const QListWidgetItem *item = m_skills->item(i);
        if (item->checkState() == Qt::Checked) {
            ids.append(item->data(Qt::UserRole).toLongLong());
            chosen.append(item->data(Qt::UserRole).toLongLong());
        }
    }
    setBusy(true);
    auto saving = m_session->rpc().call(methods::agentSetSkills, {{kAgentId, agentId}, {kCategoryIds, ids}});
    QCoro::connect(std::move(saving), this, [this, agentId, chosen, name = m_agent->currentText()](const Reply &reply) {
        setBusy(false);
        if (!reply.ok()) {
            const validation::FieldErrors errors = ErrorText::fieldErrors(*reply.error);
            const auto unplaced = m_errors.show(errors);
            if (errors.isEmpty() || !unplaced.isEmpty())
                showStatus(tr("Not saved: %1").arg(ErrorText::describe(*reply.error)), true);
            return;
        }
        m_edited = false;
        m_agents->model()->setSkills(agentId, chosen);
        showStatus(tr("%1's skills are saved.").arg(name), false);
    });
}

void AgentSkillsForm::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_status);
    else
        m_status->setPalette(palette());
    m_status->setVisible(true);
}

void AgentSkillsForm::setBusy(bool busy)
{
    m_busyNow = busy;
    m_busy->setBusy(busy);
    const bool usable = !busy && chosenAgent() != 0;
    m_agent->setEnabled(!busy && m_agent->count() > 0);
    m_skills->setEnabled(usable);
    m_save->setEnabled(usable);
}

void AgentSkillsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace ccr::client

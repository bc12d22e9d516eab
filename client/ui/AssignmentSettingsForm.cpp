#include "AssignmentSettingsForm.h"

#include "FormRows.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {
const QString kPolicy = u"policy"_s;
const QString kUseSkills = u"useSkills"_s;
} // namespace

AssignmentSettingsForm::AssignmentSettingsForm(Session *session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_policy(new QComboBox(this))
    , m_useSkills(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_save(new QPushButton(this))
{
    setObjectName(u"assignmentSettingsForm"_s);
    m_policy->setObjectName(u"assignmentPolicyCombo"_s);
    m_useSkills->setObjectName(u"useSkillsCheck"_s);
    m_status->setObjectName(u"assignmentSettingsStatus"_s);
    m_save->setObjectName(u"saveAssignmentButton"_s);
    m_policy->addItem(QString(), u"off"_s);
    m_policy->addItem(QString(), u"roundRobin"_s);
    m_policy->addItem(QString(), u"leastOpen"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, m_errors.wrap(kPolicy, m_policy));
    form->addRow(QString(), m_errors.wrap(kUseSkills, m_useSkills));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save, 0, Qt::AlignTop | Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);

    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        m_errors.clear(kPolicy);
        m_useSkills->setEnabled(m_policy->currentData().toString() != u"off"_s && m_save->isEnabled());
    });
    connect(m_useSkills, &QCheckBox::toggled, this, [this] { m_errors.clear(kUseSkills); });
    connect(m_save, &QPushButton::clicked, this, &AssignmentSettingsForm::save);
    setBusy(true);
    retranslate();
}

void AssignmentSettingsForm::retranslate()
{
    setTitle(tr("Automatic assignment"));
    m_useSkills->setText(tr("Only agents skilled in the ticket's category"));
    m_save->setText(tr("Save assignment"));
    m_policy->setItemText(0, tr("Off — administrators assign by hand"));
    m_policy->setItemText(1, tr("Round robin among online agents"));
    m_policy->setItemText(2, tr("Online agent with the least open work"));
    FormRows::setLabel(m_form, m_policy, tr("New tickets go to"));
}

void AssignmentSettingsForm::load()
{
    setBusy(true);
    auto loading = m_session->rpc().call(methods::settingsAssignmentGet);
    QCoro::connect(std::move(loading), this, [this](const Reply &reply) {
        setBusy(false);
        if (!reply.ok()) {
            showStatus(tr("Could not load the assignment settings: %1").arg(ErrorText::describe(*reply.error)), true);
            m_save->setEnabled(false);
            return;
        }
        m_loaded = true;
        fill(reply.result);
    });
}

void AssignmentSettingsForm::fill(const QJsonObject &settings)
{
    const int policy = m_policy->findData(settings.value(kPolicy).toString());
    m_policy->setCurrentIndex(policy < 0 ? 0 : policy);
    m_useSkills->setChecked(settings.value(kUseSkills).toBool());
    m_useSkills->setEnabled(m_policy->currentData().toString() != u"off"_s);
}

void AssignmentSettingsForm::save()
{
    if (!m_loaded || !m_save->isEnabled())
        return;
    m_errors.clear();
    m_status->setVisible(false);
    setBusy(true);
    const QJsonObject params{{kPolicy, m_policy->currentData().toString()}, {kUseSkills, m_useSkills->isChecked()}};
    auto saving = m_session->rpc().call(methods::settingsAssignmentSet, params);
    QCoro::connect(std::move(saving), this, [this](const Reply &reply) { onSaved(reply); });
}

void AssignmentSettingsForm::onSaved(const Reply &reply)
{
    setBusy(false);
    if (!reply.ok()) {
        const validation::FieldErrors errors = ErrorText::fieldErrors(*reply.error);
        const auto unplaced = m_errors.show(errors);
        if (errors.isEmpty() || !unplaced.isEmpty())
            showStatus(tr("Not saved: %1").arg(ErrorText::describe(*reply.error)), true);
        return;
    }
    if (reply.result.contains(kPolicy))
        fill(reply.result);
    showStatus(tr("The assignment settings are saved."), false);
}

void AssignmentSettingsForm::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_status);
    else
        m_status->setPalette(palette());
    m_status->setVisible(true);
}

void AssignmentSettingsForm::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    m_policy->setEnabled(!busy);
    m_useSkills->setEnabled(!busy && m_policy->currentData().toString() != u"off"_s);
    m_save->setEnabled(!busy);
}

void AssignmentSettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace ccr::client

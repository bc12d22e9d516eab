#include "SlaSettingsForm.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "TicketWords.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;
using domain::TicketPriority;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {
const QString kFirstResponse = u"firstResponseMinutes"_s;
const QString kResolution = u"resolutionMinutes"_s;
constexpr std::array kPriorities{TicketPriority::Low, TicketPriority::Normal, TicketPriority::High,
                                 TicketPriority::Urgent};
// Wide on purpose: the server decides what is acceptable and says so beside the field.
constexpr int kMaxMinutes = 10'000'000;
} // namespace

QString SlaSettingsForm::fieldName(const QString &priority, const QString &target)
{
    return u"targets.%1.%2"_s.arg(priority, target);
}

SlaSettingsForm::SlaSettingsForm(Session *session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_save(new QPushButton(this))
{
    setObjectName(u"slaSettingsForm"_s);
    m_status->setObjectName(u"slaSettingsStatus"_s);
    m_save->setObjectName(u"saveSlaButton"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);

    // Texts come from retranslate().
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    auto *grid = new QGridLayout;
    m_firstResponseHeader = new QLabel(this);
    m_resolutionHeader = new QLabel(this);
    grid->addWidget(m_firstResponseHeader, 0, 1);
    grid->addWidget(m_resolutionHeader, 0, 2);
    int row = 1;
    for (const auto priority : kPriorities) {
        const QString name = domain::priorityName(priority);
        auto *priorityLabel = new QLabel(this);
        m_priorityLabels.append(priorityLabel);
        grid->addWidget(priorityLabel, row, 0, Qt::AlignTop);
        int column = 1;
        for (const QString &target : {kFirstResponse, kResolution}) {
            auto *spin = new QSpinBox(this);
            const QString field = fieldName(name, target);
            spin->setObjectName(u"sla-%1-%2"_s.arg(name, target));
            spin->setRange(0, kMaxMinutes);
            connect(spin, &QSpinBox::valueChanged, this, [this, field] {
                m_errors.clear(field);
                m_status->setVisible(false);
            });
            m_spins.insert(field, spin);
            grid->addWidget(m_errors.wrap(field, spin), row, column++);
        }
        ++row;
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save, 0, Qt::AlignTop | Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &SlaSettingsForm::save);
    setBusy(true);
    retranslate();
}

void SlaSettingsForm::retranslate()
{
    setTitle(tr("Service level targets"));
    m_save->setText(tr("Save targets"));
    m_intro->setText(tr("Minutes from when a ticket is raised. Changes apply to tickets raised or "
                        "re-prioritised afterwards."));
    m_firstResponseHeader->setText(tr("First response"));
    m_resolutionHeader->setText(tr("Resolution"));
    for (std::size_t i = 0; i < kPriorities.size(); ++i) {
        const auto priority = kPriorities[i];
        m_priorityLabels.at(qsizetype(i))->setText(TicketWords::priority(priority));
        for (const QString &target : {kFirstResponse, kResolution}) {
            QSpinBox *spin = m_spins.value(fieldName(domain::priorityName(priority), target));
            spin->setSuffix(tr(" min"));
            spin->setAccessibleName(tr("%1: %2").arg(
                TicketWords::priority(priority), target == kFirstResponse ? tr("First response") : tr("Resolution")));
        }
    }
}

void SlaSettingsForm::load()
{
    setBusy(true);
    auto loading = m_session->rpc().call(methods::settingsSlaGet);
    QCoro::connect(std::move(loading), this, [this](const Reply &reply) {
        setBusy(false);
        if (!reply.ok()) {
            showStatus(tr("Could not load the targets: %1").arg(ErrorText::describe(*reply.error)), true);
            m_save->setEnabled(false);
            return;
        }
        m_loaded = true;
        fill(reply.result.value(u"targets"_s).toObject());
    });
}

void SlaSettingsForm::fill(const QJsonObject &targets)
{
    for (const auto priority : kPriorities) {
        const QString name = domain::priorityName(priority);
        const QJsonObject target = targets.value(name).toObject();
        for (const QString &key : {kFirstResponse, kResolution}) {
            QSpinBox *spin = m_spins.value(fieldName(name, key));
            const QSignalBlocker blocker(spin);
            spin->setValue(target.value(key).toInt());
        }
    }
}

void SlaSettingsForm::save()
{
    if (!m_loaded || !m_save->isEnabled())
        return;
    m_errors.clear();
    m_status->setVisible(false);
    QJsonObject targets;
    for (const auto priority : kPriorities) {
        const QString name = domain::priorityName(priority);
        targets.insert(name, QJsonObject{{kFirstResponse, m_spins.value(fieldName(name, kFirstResponse))->value()},
                                         {kResolution, m_spins.value(fieldName(name, kResolution))->value()}});
    }
    setBusy(true);
    auto saving = m_session->rpc().call(methods::settingsSlaSet, {{u"targets"_s, targets}});
    QCoro::connect(std::move(saving), this, [this](const Reply &reply) { onSaved(reply); });
}

void SlaSettingsForm::onSaved(const Reply &reply)
{
    setBusy(false);
    if (!reply.ok()) {
        const validation::FieldErrors errors = ErrorText::fieldErrors(*reply.error);
        const auto unplaced = m_errors.show(errors);
        if (errors.isEmpty() || !unplaced.isEmpty())
            showStatus(tr("Not saved: %1").arg(ErrorText::describe(*reply.error)), true);
        if (QWidget *input = m_errors.firstInputWithError())
            input->setFocus();
        return;
    }
    if (reply.result.contains(u"targets"_s))
        fill(reply.result.value(u"targets"_s).toObject());
    showStatus(tr("The targets are saved."), false);
}

void SlaSettingsForm::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_status);
    else
        m_status->setPalette(palette());
    m_status->setVisible(true);
}

void SlaSettingsForm::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    for (QSpinBox *spin : std::as_const(m_spins))
        spin->setEnabled(!busy);
    m_save->setEnabled(!busy);
}

void SlaSettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace ccr::client

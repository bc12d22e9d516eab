#include "TicketDetailView.h"

#include "AccessibleNames.h"
#include "BusyIndicator.h"
#include "ChatPanel.h"
#include "ErrorText.h"
#include "FieldErrorLabels.h"
#include "FormRows.h"
#include "StatusStyle.h"
#include "TicketWords.h"
#include "app/Session.h"
#include "app/ShortcutRegistry.h"
#include "models/AgentDirectory.h"
#include "models/AgentPresenceModel.h"
#include "models/TicketListModel.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;
using domain::TicketPriority;
using domain::TicketStatus;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {
// Several events for one ticket in a burst cost one ticket.get.
constexpr int kRefetchDelayMs = 150;
// The time left on an SLA target is shown to the minute.
constexpr int kClockIntervalMs = 30 * 1000;
constexpr std::array kPriorities{TicketPriority::Low, TicketPriority::Normal, TicketPriority::High,
                                 TicketPriority::Urgent};

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void makeHeading(QLabel *label, qreal scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}
} // namespace

TicketDetailView::TicketDetailView(Session *session, const domain::TicketSummary &ticket, AgentDirectory *agents,
                                   QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ticket(ticket)
    , m_agents(agents)
    , m_role(session->user() ? session->user()->role : domain::Role::Customer)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_title(valueLabel(this, u"ticketTitle"_s))
    , m_statusValue(valueLabel(this, u"statusValue"_s))
    , m_priorityValue(valueLabel(this, u"priorityValue"_s))
    , m_category(valueLabel(this, u"categoryValue"_s))
    , m_customer(valueLabel(this, u"customerValue"_s))
    , m_phone(valueLabel(this, u"phoneValue"_s))
    , m_contact(valueLabel(this, u"preferredContactValue"_s))
    , m_agent(valueLabel(this, u"agentValue"_s))
    , m_created(valueLabel(this, u"createdValue"_s))
    , m_updated(valueLabel(this, u"updatedValue"_s))
    , m_firstResponse(valueLabel(this, u"firstResponseSla"_s))
    , m_resolution(valueLabel(this, u"resolutionSla"_s))
    , m_description(valueLabel(this, u"descriptionValue"_s))
    , m_historyView(new QTreeWidget(this))
    , m_actionsBox(new QWidget(this))
    , m_actions(new QHBoxLayout(m_actionsBox))
    , m_actionsNote(valueLabel(this, u"statusActionsNote"_s))
    , m_status(valueLabel(this, u"ticketDetailStatus"_s))
    , m_busy(new BusyIndicator(this))
    , m_refetch(new QTimer(this))
    , m_clock(new QTimer(this))
{
    setObjectName(u"ticketDetail-%1"_s.arg(ticket.id));
    m_splitter->setObjectName(u"ticketSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createDetails());
    // The conversation beside the facts (it offers customers the feedback
    // dialog itself when the ticket is resolved).
    m_chat = new ChatPanel(session, ticket, m_splitter);
    m_splitter->addWidget(m_chat);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_refetch->setSingleShot(true);
    m_refetch->setInterval(kRefetchDelayMs);
    connect(m_refetch, &QTimer::timeout, this, &TicketDetailView::reload);
    m_clock->setInterval(kClockIntervalMs);
    connect(m_clock, &QTimer::timeout, this, &TicketDetailView::updateSla);
    m_clock->start();
    connect(&session->rpc(), &protocol::RpcClient::eventReceived, this,
            [this](const QString &event, const QJsonObject &data, qint64) { onEvent(event, data); });
    if (m_agents) {
        AgentPresenceModel *model = m_agents->model();
        connect(model, &QAbstractItemModel::modelReset, this, &TicketDetailView::rebuildAssignees);
        connect(model, &QAbstractItemModel::dataChanged, this, &TicketDetailView::rebuildAssignees);
        rebuildAssignees();
    }
    attachShortcuts();
    retranslate(); // also shows the ticket's facts
    reload();
}

void TicketDetailView::retranslate()
{
    FormRows::setLabel(m_facts, m_statusValue, tr("Status"));
    FormRows::setLabel(m_facts, m_priorityCombo ? static_cast<QWidget *>(m_priorityCombo) : m_priorityValue,
                       tr("Priority"));
    FormRows::setLabel(m_facts, m_category, tr("Category"));
    FormRows::setLabel(m_facts, m_customer, tr("Customer"));
    FormRows::setLabel(m_facts, m_phone, tr("Phone"));
    FormRows::setLabel(m_facts, m_contact, tr("Preferred contact"));
    FormRows::setLabel(m_facts, m_agent, tr("Agent"));
    FormRows::setLabel(m_facts, m_created, tr("Created"));
    FormRows::setLabel(m_facts, m_updated, tr("Updated"));
    FormRows::setLabel(m_facts, m_firstResponse, tr("First response"));
    FormRows::setLabel(m_facts, m_resolution, tr("Resolution"));
    if (m_priorityCombo) {
        m_priorityCombo->setAccessibleName(tr("Priority"));
        for (int i = 0; i < m_priorityCombo->count(); ++i)
            m_priorityCombo->setItemText(i, TicketWords::priority(kPriorities.at(std::size_t(i))));
    }
    if (m_assignCombo) {
        FormRows::setLabel(m_facts, m_assignRow, tr("Assign to…"));
        m_assignCombo->setAccessibleName(tr("Assign to"));
        rebuildAssignees(); // the presence words and "Choose an agent…"
    }
    m_actionsGroup->setTitle(tr("Change status"));
    m_descriptionGroup->setTitle(tr("Description"));
    m_historyGroup->setTitle(tr("History"));
    m_historyView->setHeaderLabels({tr("When"), tr("What happened")});
    m_historyView->setAccessibleName(tr("History"));
    fillHistory();
    applySummary(m_ticket);
    if (!m_history.isEmpty()) // loaded: else the buttons come with ticket.get
        rebuildStatusButtons();
    AccessibleNames::fromLabels(this);
}

void TicketDetailView::attachShortcuts()
{
    ShortcutRegistry *shortcuts = ShortcutRegistry::of(this);
    if (!shortcuts)
        return;
    // Every open ticket tab attaches; only the one on screen answers.
    if (m_assignCombo) {
        shortcuts->attach(ShortcutRegistry::Command::Assign, this, [this] {
            if (!isVisible() || !m_assignCombo->isEnabled())
                return;
            m_assignCombo->setFocus(Qt::ShortcutFocusReason);
            m_assignCombo->showPopup();
        });
    }
    shortcuts->attach(ShortcutRegistry::Command::ChangeStatus, this, [this] {
        if (!isVisible())
            return;
        const auto buttons = m_actionsBox->findChildren<QPushButton *>();
        if (!buttons.isEmpty())
            buttons.constFirst()->setFocus(Qt::ShortcutFocusReason);
    });
}

QWidget *TicketDetailView::createDetails()
{
    auto *scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(u"ticketDetailsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);

    makeHeading(m_title, 1.3);
    // Badges as wide as their word, not the row.
    for (QLabel *badge : {m_statusValue, m_priorityValue}) {
        badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        badge->setWordWrap(false);
    }
    FieldErrorLabels::paintAsError(m_status);
    m_status->setVisible(false);
    m_actionsNote->setForegroundRole(QPalette::PlaceholderText);
    m_actions->setContentsMargins(0, 0, 0, 0);

    // Row labels, titles and words come from retranslate().
    auto *facts = new QFormLayout;
    m_facts = facts;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(facts, m_statusValue);
    if (domain::isStaff(m_role)) {
        m_priorityCombo = new QComboBox(content);
        m_priorityCombo->setObjectName(u"priorityCombo"_s);
        for (const auto priority : kPriorities)
            m_priorityCombo->addItem(QString(), domain::priorityName(priority));
        connect(m_priorityCombo, &QComboBox::activated, this, &TicketDetailView::changePriority);
        m_priorityValue->setVisible(false);
        FormRows::addRow(facts, m_priorityCombo);
    } else {
        FormRows::addRow(facts, m_priorityValue);
    }
    FormRows::addRow(facts, m_category);
    FormRows::addRow(facts, m_customer);
    FormRows::addRow(facts, m_phone);
    FormRows::addRow(facts, m_contact);
    FormRows::addRow(facts, m_agent);
    if (m_agents) {
        m_assignCombo = new QComboBox(content);
        m_assignCombo->setObjectName(u"assignCombo"_s);
        // Long agent descriptions (and longer languages) must not push the
        // Assign button off the column: the combo elides instead.
        m_assignCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_assignCombo->setMinimumContentsLength(12);
        m_assignButton = new QPushButton(content);
        m_assignButton->setObjectName(u"assignButton"_s);
        connect(m_assignCombo, &QComboBox::currentIndexChanged, this, &TicketDetailView::updateAssignButton);
        connect(m_assignButton, &QPushButton::clicked, this, &TicketDetailView::assign);
        m_assignRow = new QHBoxLayout;
        m_assignRow->addWidget(m_assignCombo, 1);
        m_assignRow->addWidget(m_assignButton);
        FormRows::addRow(facts, m_assignRow, m_assignCombo);
    }
    FormRows::addRow(facts, m_created);
    FormRows::addRow(facts, m_updated);
    FormRows::addRow(facts, m_firstResponse);
    FormRows::addRow(facts, m_resolution);

    m_actionsGroup = new QGroupBox(content);
    m_actionsGroup->setObjectName(u"statusActions"_s);
    auto *actionsLayout = new QVBoxLayout(m_actionsGroup);
    actionsLayout->addWidget(m_actionsBox);
    actionsLayout->addWidget(m_actionsNote);

    m_descriptionGroup = new QGroupBox(content);
    auto *descriptionLayout = new QVBoxLayout(m_descriptionGroup);
    descriptionLayout->addWidget(m_description);

    m_historyView->setObjectName(u"historyView"_s);
    m_historyView->setColumnCount(2);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyView->setMinimumHeight(120);
    m_historyView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_historyView->header()->setStretchLastSection(true);
    m_historyGroup = new QGroupBox(content);
    auto *historyLayout = new QVBoxLayout(m_historyGroup);
    historyLayout->addWidget(m_historyView);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addLayout(facts);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_actionsGroup);
    layout->addWidget(m_descriptionGroup);
    layout->addWidget(m_historyGroup, 1);
    return scroll;
}

void TicketDetailView::reload()
{
    // Not awaited: the task runs on its own, guarded by QPointer.
    fetch();
}

QCoro::Task<> TicketDetailView::fetch()
{
    QPointer<TicketDetailView> self(this);
    setBusy(true);
    auto getting = m_session->rpc().call(methods::ticketGet, {{u"ticketId"_s, m_ticket.id}});
    const Reply reply = co_await getting;
    if (!self)
        co_return;
    setBusy(false);
    if (!reply.ok()) {
        showStatus(tr("Could not load the ticket: %1").arg(ErrorText::describe(*reply.error)), true);
        co_return;
    }
    applyDetail(reply.result);
}

void TicketDetailView::applyDetail(const QJsonObject &result)
{
    m_description->setText(result.value(u"description"_s).toString());
    m_allowed.clear();
    for (const auto &name : result.value(u"allowedStatuses"_s).toArray()) {
        if (const auto status = domain::statusFromName(name.toString()))
            m_allowed.append(*status);
    }
    m_history = result.value(u"history"_s).toArray();
    fillHistory();
    applySummary(domain::TicketSummary::fromJson(result.value(u"ticket"_s).toObject()));
    rebuildStatusButtons();
}

void TicketDetailView::fillHistory()
{
    // Worded here, not by the server, so the words and dates follow the language.
    m_historyView->clear();
    for (const auto &value : std::as_const(m_history)) {
        const QJsonObject entry = value.toObject();
        const QDateTime at = QDateTime::fromString(entry.value(u"at"_s).toString(), Qt::ISODateWithMs);
        auto *item = new QTreeWidgetItem(m_historyView, {TicketWords::dateTime(at), TicketWords::historyEntry(entry)});
        item->setToolTip(1, item->text(1));
    }
    m_historyView->scrollToBottom();
}

void TicketDetailView::applySummary(const domain::TicketSummary &ticket)
{
    const bool changed = !(ticket == m_ticket);
    m_ticket = ticket;
    m_title->setText(tr("#%1 %2").arg(ticket.id).arg(ticket.subject));
    // A word and a colour, never colour alone.
    StatusStyle::apply(m_statusValue, StatusStyle::status(ticket.status, palette()));
    StatusStyle::apply(m_priorityValue, StatusStyle::priority(ticket.priority, palette()));
    if (m_priorityCombo)
        m_priorityCombo->setCurrentIndex(m_priorityCombo->findData(domain::priorityName(ticket.priority)));
    m_category->setText(ticket.categoryId == 0 ? tr("None") : ticket.categoryName);
    m_customer->setText(ticket.customerName);
    m_phone->setText(ticket.contactPhone.isEmpty() ? tr("Not given") : ticket.contactPhone);
    m_contact->setText(TicketWords::contact(ticket.preferredContact));
    m_agent->setText(ticket.assigneeId == 0 ? tr("Unassigned") : ticket.assigneeName);
    const QString created = TicketWords::dateTime(ticket.createdAt);
    m_created->setText(ticket.createdById == 0 ? created : tr("%1, raised by staff for the customer").arg(created));
    m_updated->setText(TicketWords::dateTime(ticket.updatedAt));
    updateSla();
    if (m_assignCombo) {
        const int current = m_assignCombo->findData(ticket.assigneeId);
        if (current >= 0 && ticket.assigneeId != 0)
            m_assignCombo->setCurrentIndex(current);
        updateAssignButton();
    }
    if (m_chat)
        m_chat->setTicket(ticket);
    if (changed)
        Q_EMIT ticketChanged(ticket);
}

void TicketDetailView::updateSla()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto show = [&](QLabel *label, const QDateTime &due, const QDateTime &metAt, int bit) {
        const bool breached = (m_ticket.slaBreached & bit) != 0;
        label->setText(TicketWords::slaTarget(due, metAt, breached, now));
        if (breached)
            FieldErrorLabels::paintAsError(label);
        else
            label->setPalette(palette());
        QFont font = label->font();
        font.setBold(breached);
        label->setFont(font);
    };
    show(m_firstResponse, m_ticket.firstResponseDue, m_ticket.firstRespondedAt, domain::FirstResponseBreached);
    show(m_resolution, m_ticket.resolutionDue, m_ticket.resolvedAt, domain::ResolutionBreached);
}

void TicketDetailView::rebuildStatusButtons()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const TicketStatus to : std::as_const(m_allowed)) {
        auto *button = new QPushButton(TicketWords::statusAction(m_ticket.status, to, isCustomer()), m_actionsBox);
        button->setObjectName(u"statusButton-%1"_s.arg(domain::statusName(to)));
        button->setToolTip(tr("Change the status to “%1”").arg(TicketListModel::statusText(to)));
        button->setEnabled(!m_busyNow);
        connect(button, &QPushButton::clicked, this, [this, to] { changeStatus(to); });
        m_actions->addWidget(button);
    }
    m_actions->addStretch();
    m_actionsNote->setText(m_allowed.isEmpty() ? tr("You cannot change the status of this ticket now.") : QString());
    m_actionsNote->setVisible(m_allowed.isEmpty());
    orderTabs();
}

void TicketDetailView::orderTabs()
{
    // New widgets join the end of the window's Tab chain, so the status
    // buttons (made as the server allows them) would come after the
    // conversation. Reading order instead: the facts' controls, the status
    // buttons, the history, then the conversation and its reply.
    QList<QWidget *> order;
    for (QWidget *control : {static_cast<QWidget *>(m_priorityCombo), static_cast<QWidget *>(m_assignCombo),
                             static_cast<QWidget *>(m_assignButton)}) {
        if (control)
            order.append(control);
    }
    for (int i = 0; i < m_actions->count(); ++i) {
        if (QWidget *button = m_actions->itemAt(i)->widget())
            order.append(button);
    }
    order.append(m_historyView);
    order += m_chat->tabStops();
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order.at(i), order.at(i + 1));
}

void TicketDetailView::rebuildAssignees()
{
    if (!m_assignCombo || !m_agents)
        return;
    const qint64 chosen = m_assignCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_assignCombo);
    m_assignCombo->clear();
    m_assignCombo->addItem(tr("Choose an agent…"), qint64(0));
    const AgentPresenceModel *model = m_agents->model();
    for (const AgentPresence &agent : model->agents())
        m_assignCombo->addItem(model->describe(agent), agent.id);
    const qint64 keep = chosen != 0 ? chosen : m_ticket.assigneeId;
    const int index = m_assignCombo->findData(keep);
    m_assignCombo->setCurrentIndex(index < 0 ? 0 : index);
    updateAssignButton();
}

void TicketDetailView::updateAssignButton()
{
    if (!m_assignButton)
        return;
    const qint64 chosen = m_assignCombo->currentData().toLongLong();
    const bool usable =
        !m_busyNow && chosen != 0 && chosen != m_ticket.assigneeId && m_ticket.status != TicketStatus::Closed;
    m_assignButton->setEnabled(usable);
    m_assignButton->setText(m_ticket.assigneeId == 0 ? tr("Assign") : tr("Reassign"));
}

void TicketDetailView::changeStatus(TicketStatus to)
{
    send(methods::ticketSetStatus, {{u"ticketId"_s, m_ticket.id}, {u"status"_s, domain::statusName(to)}},
         tr("The status is now “%1”.").arg(TicketListModel::statusText(to)));
}

void TicketDetailView::assign()
{
    const qint64 agentId = m_assignCombo->currentData().toLongLong();
    if (agentId == 0)
        return;
    const AgentPresenceModel *model = m_agents->model();
    const auto row = model->rowOf(agentId);
    const QString name = row ? model->agents().at(*row).name : m_assignCombo->currentText();
    send(methods::ticketAssign, {{u"ticketId"_s, m_ticket.id}, {u"agentId"_s, agentId}},
         tr("Assigned to %1.").arg(name));
}

void TicketDetailView::changePriority(int comboIndex)
{
    const QString priority = m_priorityCombo->itemData(comboIndex).toString();
    if (priority == domain::priorityName(m_ticket.priority))
        return;
    send(methods::ticketSetPriority, {{u"ticketId"_s, m_ticket.id}, {u"priority"_s, priority}},
         tr("The priority is now %1.").arg(TicketWords::priority(priority)));
}

void TicketDetailView::send(const QString &method, const QJsonObject &params, const QString &doneMessage)
{
    if (m_busyNow)
        return;
    m_status->setVisible(false);
    setBusy(true);
    auto sending = m_session->rpc().call(method, params);
    QCoro::connect(std::move(sending), this, [this, doneMessage](const Reply &reply) {
        setBusy(false);
        if (!reply.ok()) {
            showStatus(ErrorText::describe(*reply.error), true);
            applySummary(m_ticket); // puts the combos back to what is true
            return;
        }
        // The reply is the detail as ticket.get tells it.
        if (reply.result.contains(u"history"_s))
            applyDetail(reply.result);
        else
            reload();
        showStatus(doneMessage, false);
    });
}

void TicketDetailView::onEvent(const QString &event, const QJsonObject &data)
{
    if (event != protocol::events::ticketUpdated || data.value(u"id"_s).toInteger() != m_ticket.id)
        return;
    // The summary shows at once; history and allowed changes follow.
    applySummary(domain::TicketSummary::fromJson(data));
    m_refetch->start();
}

void TicketDetailView::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_status);
    else
        m_status->setPalette(palette());
    m_status->setVisible(true);
}

void TicketDetailView::setBusy(bool busy)
{
    m_busyNow = busy;
    m_busy->setBusy(busy);
    for (auto *button : m_actionsBox->findChildren<QPushButton *>())
        button->setEnabled(!busy);
    if (m_priorityCombo)
        m_priorityCombo->setEnabled(!busy);
    updateAssignButton();
}

void TicketDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ccr::client

#include "TicketFilterBar.h"

#include "models/TicketListModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

namespace ccr::client {

using namespace Qt::StringLiterals;
using domain::TicketPriority;
using domain::TicketStatus;

namespace {

// A date edit showing its minimum as "Any" means "no bound".
const QDate kNoDate(2000, 1, 1);
const QString kAnyone = u"anyone"_s;
const QString kMine = u"mine"_s;
const QString kUnassigned = u"unassigned"_s;
constexpr std::array kStatusOrder{TicketStatus::Open,       TicketStatus::AgentAssigned,
                                  TicketStatus::InProgress, TicketStatus::WaitingOnCustomer,
                                  TicketStatus::Resolved,   TicketStatus::Closed};
constexpr std::array kPriorityOrder{TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal,
                                    TicketPriority::Low};

QVariant statusList(std::initializer_list<TicketStatus> statuses)
{
    QVariantList names;
    for (auto status : statuses)
        names.append(domain::statusName(status));
    return names;
}

QVariant priorityList(std::initializer_list<TicketPriority> priorities)
{
    QVariantList names;
    for (auto priority : priorities)
        names.append(domain::priorityName(priority));
    return names;
}

QDateEdit *dateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setDate(kNoDate);
    return edit;
}

QComboBox *combo(const QString &objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

// The words of a fixed entry; entries the server named (agents, categories) keep theirs.
void setItemTexts(QComboBox *box, const QStringList &texts)
{
    for (int i = 0; i < texts.size() && i < box->count(); ++i)
        box->setItemText(i, texts.at(i));
}

} // namespace

TicketFilterBar::TicketFilterBar(Audience audience, QWidget *parent)
    : QWidget(parent)
    , m_audience(audience)
    , m_status(combo(u"statusFilter"_s, this))
    , m_search(new QLineEdit(this))
    , m_searchPause(new QTimer(this))
{
    setObjectName(u"ticketFilterBar"_s);
    // Texts come from retranslate(); the data says what an entry filters.
    m_status->addItem(QString(), QVariantList{});
    m_status->addItem(QString(), statusList({TicketStatus::Open, TicketStatus::AgentAssigned, TicketStatus::InProgress,
                                             TicketStatus::WaitingOnCustomer}));
    for (auto status : kStatusOrder)
        m_status->addItem(QString(), statusList({status}));
    m_status->addItem(QString(), statusList({TicketStatus::Resolved, TicketStatus::Closed}));

    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPauseMs);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    if (audience == Audience::Agent) {
        m_myQueue = new QToolButton(this);
        m_allTickets = new QToolButton(this);
        m_myQueue->setObjectName(u"myQueueButton"_s);
        m_allTickets->setObjectName(u"allTicketsButton"_s);
        m_queueSwitch = new QButtonGroup(this);
        for (QToolButton *button : {m_myQueue, m_allTickets}) {
            button->setCheckable(true);
            button->setAutoRaise(true);
            m_queueSwitch->addButton(button);
            filters->addWidget(button);
        }
    }
    filters->addWidget(m_status);
    if (audience != Audience::Customer) {
        m_priority = combo(u"priorityFilter"_s, this);
        m_priority->addItem(QString(), QVariantList{});
        for (auto priority : kPriorityOrder)
            m_priority->addItem(QString(), priorityList({priority}));
        m_priority->addItem(QString(), priorityList({TicketPriority::High, TicketPriority::Urgent}));

        m_assignee = combo(u"agentFilter"_s, this);
        m_assignee->addItem(QString(), kAnyone);
        m_assignee->addItem(QString(), kMine);
        m_assignee->addItem(QString(), kUnassigned);

        m_category = combo(u"categoryFilter"_s, this);
        m_category->addItem(QString(), qint64(0));

        m_from = dateEdit(u"createdFromEdit"_s, this);
        m_to = dateEdit(u"createdToEdit"_s, this);

        filters->addWidget(m_priority);
        filters->addWidget(m_assignee);
        filters->addWidget(m_category);
        m_raisedLabel = new QLabel(this);
        m_raisedLabel->setBuddy(m_from);
        filters->addWidget(m_raisedLabel);
        filters->addWidget(m_from);
        m_toLabel = new QLabel(this);
        m_toLabel->setBuddy(m_to);
        filters->addWidget(m_toLabel);
        filters->addWidget(m_to);
    }
    filters->addStretch();
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);

    // An agent's day starts on their own queue.
    if (audience == Audience::Agent) {
        m_assignee->setCurrentIndex(m_assignee->findData(kMine));
        m_myQueue->setChecked(true);
        connect(m_myQueue, &QToolButton::clicked, this,
                [this] { m_assignee->setCurrentIndex(m_assignee->findData(kMine)); });
        connect(m_allTickets, &QToolButton::clicked, this,
                [this] { m_assignee->setCurrentIndex(m_assignee->findData(kAnyone)); });
    }
    retranslate();
    readFilters();

    connect(m_status, &QComboBox::currentIndexChanged, this, &TicketFilterBar::readFilters);
    if (m_priority) {
        connect(m_priority, &QComboBox::currentIndexChanged, this, &TicketFilterBar::readFilters);
        connect(m_assignee, &QComboBox::currentIndexChanged, this, &TicketFilterBar::onAssigneeChosen);
        connect(m_category, &QComboBox::currentIndexChanged, this, &TicketFilterBar::readFilters);
        connect(m_from, &QDateEdit::dateChanged, this, &TicketFilterBar::readFilters);
        connect(m_to, &QDateEdit::dateChanged, this, &TicketFilterBar::readFilters);
    }
    // Each keystroke restarts the pause; the server hears only the settled text.
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &TicketFilterBar::readFilters);
    // Enter or the clear button need no pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchPause->stop();
        readFilters();
    });
}

QList<QWidget *> TicketFilterBar::tabStops() const
{
    QList<QWidget *> stops;
    for (QWidget *control : std::initializer_list<QWidget *>{m_myQueue, m_allTickets, m_status, m_priority, m_assignee,
                                                             m_category, m_from, m_to, m_search}) {
        if (control)
            stops.append(control);
    }
    return stops;
}

void TicketFilterBar::retranslate()
{
    m_status->setAccessibleName(tr("Status"));
    QStringList statuses{tr("All statuses"), tr("Active")};
    for (auto status : kStatusOrder)
        statuses.append(TicketListModel::statusText(status));
    statuses.append(tr("Done (resolved or closed)"));
    setItemTexts(m_status, statuses);
    m_search->setAccessibleName(tr("Search tickets"));
    m_search->setPlaceholderText(m_audience == Audience::Customer ? tr("Search my tickets and messages")
                                                                  : tr("Search subjects, descriptions and messages"));
    if (m_myQueue) {
        m_myQueue->setText(tr("My queue"));
        m_allTickets->setText(tr("All tickets"));
    }
    if (m_priority) {
        m_priority->setAccessibleName(tr("Priority"));
        QStringList priorities{tr("All priorities")};
        for (auto priority : kPriorityOrder)
            priorities.append(TicketListModel::priorityText(priority));
        priorities.append(tr("High and urgent"));
        setItemTexts(m_priority, priorities);
        m_assignee->setAccessibleName(tr("Agent"));
        setItemTexts(m_assignee, {tr("Any agent"), tr("Mine"), tr("Unassigned")});
        m_category->setAccessibleName(tr("Category"));
        setItemTexts(m_category, {tr("All categories")});
        m_from->setAccessibleName(tr("Raised from"));
        m_to->setAccessibleName(tr("Raised until"));
        for (QDateEdit *edit : {m_from, m_to})
            edit->setSpecialValueText(tr("Any"));
        m_raisedLabel->setText(tr("Raised"));
        m_toLabel->setText(tr("to"));
    }
}

void TicketFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TicketFilterBar::setSort(TicketQuery::SortKey key, bool descending)
{
    m_query.sortKey = key;
    m_query.descending = descending;
}

void TicketFilterBar::setCategories(const QList<QPair<qint64, QString>> &categories)
{
    if (!m_category)
        return;
    const qint64 chosen = m_category->currentData().toLongLong();
    const QSignalBlocker quiet(m_category);
    while (m_category->count() > 1)
        m_category->removeItem(1);
    for (const auto &[id, name] : categories)
        m_category->addItem(name, id);
    m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));
}

void TicketFilterBar::setAgents(const QList<QPair<qint64, QString>> &agents)
{
    if (!m_assignee)
        return;
    const QVariant chosen = m_assignee->currentData();
    const QSignalBlocker quiet(m_assignee);
    while (m_assignee->count() > 3)
        m_assignee->removeItem(3);
    if (!agents.isEmpty())
        m_assignee->insertSeparator(3);
    for (const auto &[id, name] : agents)
        m_assignee->addItem(name, id);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(chosen)));
}

void TicketFilterBar::onAssigneeChosen()
{
    if (m_queueSwitch) {
        const QString chosen = m_assignee->currentData().toString();
        // Neither button stays lit for "unassigned" or one colleague.
        m_queueSwitch->setExclusive(false);
        m_myQueue->setChecked(chosen == kMine);
        m_allTickets->setChecked(chosen == kAnyone);
        m_queueSwitch->setExclusive(true);
    }
    readFilters();
}

void TicketFilterBar::readFilters()
{
    TicketQuery query = m_query;
    query.statuses.clear();
    for (const auto &name : m_status->currentData().toList()) {
        if (const auto status = domain::statusFromName(name.toString()))
            query.statuses.append(*status);
    }
    query.priorities.clear();
    if (m_priority) {
        for (const auto &name : m_priority->currentData().toList()) {
            if (const auto priority = domain::priorityFromName(name.toString()))
                query.priorities.append(*priority);
        }
        const QVariant assignee = m_assignee->currentData();
        const bool named = assignee.typeId() == QMetaType::QString; // else an agent's id
        query.agentId = 0;
        if (!named) {
            query.assignee = TicketQuery::Assignee::Agent;
            query.agentId = assignee.toLongLong();
        } else if (assignee == kAnyone) {
            query.assignee = TicketQuery::Assignee::Anyone;
        } else if (assignee == kMine) {
            query.assignee = TicketQuery::Assignee::Mine;
        } else {
            query.assignee = TicketQuery::Assignee::Unassigned;
        }
        query.categoryId = m_category->currentData().toLongLong();
        query.createdFrom = m_from->date() == kNoDate ? QDate() : m_from->date();
        query.createdTo = m_to->date() == kNoDate ? QDate() : m_to->date();
    }
    query.search = m_search->text().trimmed();
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged(m_query);
}

} // namespace ccr::client

#include "TicketsPage.h"

#include "FieldErrorLabels.h"
#include "RaiseForCallerDialog.h"
#include "TicketTable.h"
#include "app/Logging.h"
#include "app/Session.h"
#include "models/TicketFeed.h"
#include "models/TicketListModel.h"

#include <protocol/Messages.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using Audience = TicketFilterBar::Audience;
using protocol::Reply;

namespace {

QList<QPair<qint64, QString>> namedItems(const QJsonArray &items, const QString &nameKey)
{
    QList<QPair<qint64, QString>> named;
    for (const auto &value : items) {
        const QJsonObject item = value.toObject();
        named.append({item.value(u"id"_s).toInteger(), item.value(nameKey).toString()});
    }
    return named;
}

} // namespace

TicketsPage::TicketsPage(Session *session, Audience audience, const QString &heading, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_audience(audience)
    , m_model(new TicketListModel(this))
    , m_feed(new TicketFeed(&session->rpc(), m_model, this))
    , m_filters(new TicketFilterBar(audience, this))
    , m_table(new TicketTable(m_model, this))
    , m_actions(new QHBoxLayout)
    , m_title(new QLabel(heading, this))
    , m_error(new QLabel(this))
    , m_notice(new QLabel(this))
{
    setObjectName(u"ticketsPage"_s);
    m_error->setObjectName(u"panelError"_s);
    m_notice->setObjectName(u"ticketsNotice"_s);
    if (session->user())
        m_model->setCurrentUserId(session->user()->id);
    m_model->setQuery(m_filters->query());

    m_title->setObjectName(u"ticketsHeading"_s);
    QFont headingFont = m_title->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_title->setFont(headingFont);
    for (QLabel *label : {m_error, m_notice}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setVisible(false);
    }
    FieldErrorLabels::paintAsError(m_error);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addLayout(m_actions);
    if (audience != Audience::Customer) {
        m_raise = new QPushButton(this);
        m_raise->setObjectName(u"raiseForCallerButton"_s);
        m_actions->addWidget(m_raise);
        connect(m_raise, &QPushButton::clicked, this, &TicketsPage::openRaiseForCaller);
    } else {
        // Whose tickets they are goes without saying; the SLA is the staff's business.
        m_table->setColumnHidden(TicketListModel::CustomerColumn, true);
        m_table->setColumnHidden(TicketListModel::SlaColumn, true);
    }
    retranslate();
    orderTabs();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_filters, &TicketFilterBar::queryChanged, this, &TicketsPage::applyQuery);
    connect(m_table, &TicketTable::sortRequested, this, &TicketsPage::onSortRequested);
    connect(m_table, &TicketTable::ticketActivated, this, &TicketsPage::ticketActivated);
    connect(m_feed, &TicketFeed::loadingChanged, m_table, &TicketTable::setLoading);
    connect(m_feed, &TicketFeed::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_error->setVisible(false);
    });
    connect(m_feed, &TicketFeed::failed, this, &TicketsPage::showError);
    connect(session, &Session::userChanged, this,
            [this](const domain::UserProfile &user) { m_model->setCurrentUserId(user.id); });
}

void TicketsPage::orderTabs()
{
    QList<QWidget *> order;
    for (int i = 0; i < m_actions->count(); ++i) {
        QWidget *widget = m_actions->itemAt(i)->widget();
        if (widget && (widget->focusPolicy() & Qt::TabFocus))
            order.append(widget);
    }
    order += m_filters->tabStops();
    order.append(m_table->view());
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order.at(i), order.at(i + 1));
}

void TicketsPage::setHeading(const QString &heading)
{
    m_title->setText(heading);
}

void TicketsPage::retranslate()
{
    if (m_raise) {
        m_raise->setText(tr("Raise for a caller…"));
        m_raise->setToolTip(tr("Raise a ticket for someone on the phone"));
    }
    updateEmptyText();
}

void TicketsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TicketsPage::start()
{
    m_feed->start();
    if (m_audience != Audience::Customer)
        loadFilterChoices();
}

void TicketsPage::applyQuery(const TicketQuery &query)
{
    if (query == m_model->query())
        return;
    m_model->setQuery(query);
    m_table->showSortIndicator();
    updateEmptyText();
    m_feed->reload();
}

void TicketsPage::onSortRequested(int column, Qt::SortOrder order)
{
    const auto key = TicketListModel::sortKeyOf(column);
    if (!key)
        return;
    m_filters->setSort(*key, order == Qt::DescendingOrder);
    applyQuery(m_filters->query());
}

void TicketsPage::updateEmptyText()
{
    TicketQuery unfiltered;
    const TicketQuery &query = m_model->query();
    unfiltered.sortKey = query.sortKey;
    unfiltered.descending = query.descending;
    if (query.assignee == TicketQuery::Assignee::Mine && query == [&] {
            TicketQuery queue = unfiltered;
            queue.assignee = TicketQuery::Assignee::Mine;
            return queue;
        }())
        m_table->setEmptyText(tr("Nothing in your queue. \"All tickets\" shows everyone's."));
    else if (query != unfiltered)
        m_table->setEmptyText(tr("No tickets match these filters."));
    else if (m_audience == Audience::Customer)
        m_table->setEmptyText(tr("No tickets yet — raise one with New ticket"));
    else
        m_table->setEmptyText(tr("No tickets yet. New tickets appear here as customers raise them."));
}

void TicketsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

void TicketsPage::loadFilterChoices()
{
    auto categories = m_session->rpc().call(protocol::methods::categoryList);
    QCoro::connect(std::move(categories), this, [this](const Reply &reply) {
        if (reply.ok())
            m_filters->setCategories(namedItems(reply.result.value(u"categories"_s).toArray(), u"name"_s));
        else
            qCWarning(lcClientApp) << "categories not loaded:" << reply.error->message;
    });
    auto agents = m_session->rpc().call(protocol::methods::presenceList);
    QCoro::connect(std::move(agents), this, [this](const Reply &reply) {
        if (reply.ok()) {
            m_filters->setAgents(namedItems(reply.result.value(u"agents"_s).toArray(), u"name"_s));
            return;
        }
        // Without presence (an older server), administrators can still list the agents.
        if (m_audience != Audience::Admin)
            return;
        auto users = m_session->rpc().call(protocol::methods::userList, {{u"role"_s, u"agent"_s}});
        QCoro::connect(std::move(users), this, [this](const Reply &listed) {
            if (!listed.ok())
                return;
            QList<QPair<qint64, QString>> agents;
            for (const auto &value : listed.result.value(u"users"_s).toArray()) {
                const auto user = domain::UserProfile::fromJson(value.toObject());
                agents.append({user.id, user.displayName()});
            }
            m_filters->setAgents(agents);
        });
    });
}

void TicketsPage::openRaiseForCaller()
{
    auto *dialog = new RaiseForCallerDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RaiseForCallerDialog::ticketRaised, this,
            [this](const domain::TicketSummary &ticket, const QString &customerName, bool customerCreated) {
                // Shown at once if the filters let it in; the pushed event changes nothing more.
                m_model->upsert(ticket);
                m_notice->setText(customerCreated ? tr("Ticket #%1 raised for %2, who was mailed a code to claim their "
                                                       "new account.")
                                                        .arg(ticket.id)
                                                        .arg(customerName)
                                                  : tr("Ticket #%1 raised for %2.").arg(ticket.id).arg(customerName));
                m_notice->setVisible(true);
            });
    dialog->open();
}

} // namespace ccr::client

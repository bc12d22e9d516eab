#include "TicketTable.h"

#include "models/TicketListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>

namespace ccr::client {

using namespace Qt::StringLiterals;

TicketTable::TicketTable(TicketListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_placeholder(new QLabel(this))
    , m_pages(new QStackedLayout(this))
{
    m_view->setObjectName(u"ticketView"_s);
    m_placeholder->setObjectName(u"emptyState"_s);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->setVisible(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TicketListModel::SubjectColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Not setSortingEnabled: that sorts in the model; the order is the server's.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_view);

    connect(header, &QHeaderView::sectionClicked, this, &TicketTable::onHeaderClicked);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT ticketActivated(m_model->ticketAt(index.row()));
    });
    connect(model, &QAbstractItemModel::modelReset, this, &TicketTable::showSortIndicator);
    connect(model, &QAbstractItemModel::modelReset, this, &TicketTable::updatePage);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TicketTable::updatePage);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TicketTable::updatePage);
    showSortIndicator();
    m_view->setAccessibleName(tr("Tickets"));
    updatePage();
}

void TicketTable::changeEvent(QEvent *event)
{
    // The empty text comes from the page (which re-sets it); the model
    // re-sends its headers and cells itself.
    if (event->type() == QEvent::LanguageChange) {
        m_view->setAccessibleName(tr("Tickets"));
        updatePage();
    }
    QWidget::changeEvent(event);
}

void TicketTable::showSortIndicator()
{
    const TicketQuery &query = m_model->query();
    const int column = TicketListModel::columnOf(query.sortKey);
    // -1 (the creation time has no column): no arrow.
    m_view->horizontalHeader()->setSortIndicator(column, query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void TicketTable::onHeaderClicked(int column)
{
    const auto key = TicketListModel::sortKeyOf(column);
    if (!key) {
        showSortIndicator();
        return;
    }
    const TicketQuery &query = m_model->query();
    // The same column again turns the order round; a new one starts the way it reads best.
    const bool descending = *key == query.sortKey ? !query.descending : TicketQuery::descendingByDefault(*key);
    Q_EMIT sortRequested(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void TicketTable::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updatePage();
}

void TicketTable::setLoading(bool loading)
{
    m_loading = loading;
    updatePage();
}

void TicketTable::setColumnHidden(int column, bool hidden)
{
    m_view->setColumnHidden(column, hidden);
}

void TicketTable::updatePage()
{
    const bool empty = m_model->rowCount() == 0;
    m_placeholder->setText(m_loading ? tr("Loading tickets…") : m_emptyText);
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(m_placeholder) : m_view);
}

} // namespace ccr::client

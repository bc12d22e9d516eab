#include "TicketTable.h"

#include "models/TicketListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>

namespace ccr::client {

using namespace Qt::StringLiterals;

TicketTable::TicketTable(QAbstractItemModel *model, QWidget *parent)
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

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_view);

    connect(model, &QAbstractItemModel::modelReset, this, &TicketTable::updatePage);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TicketTable::updatePage);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TicketTable::updatePage);
    updatePage();
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

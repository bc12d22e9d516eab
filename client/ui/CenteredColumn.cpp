#include "CenteredColumn.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace ccr::client {

QVBoxLayout *addCenteredColumn(QWidget *page, int maxWidth)
{
    auto *column = new QWidget(page);
    column->setMaximumWidth(maxWidth);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    return new QVBoxLayout(column);
}

} // namespace ccr::client

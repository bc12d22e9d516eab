#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QStackedLayout;
class QTableView;

namespace ccr::client {

// A ticket list as a table, or a sentence in its place while there is
// nothing to show (loading, or no tickets yet).
class TicketTable : public QWidget
{
    Q_OBJECT
public:
    explicit TicketTable(QAbstractItemModel *model, QWidget *parent = nullptr);

    void setEmptyText(const QString &text);
    void setLoading(bool loading);
    void setColumnHidden(int column, bool hidden);
    QTableView *view() const { return m_view; }

private:
    void updatePage();

    QAbstractItemModel *m_model;
    QTableView *m_view;
    QLabel *m_placeholder;
    QStackedLayout *m_pages;
    QString m_emptyText;
    bool m_loading = false;
};

} // namespace ccr::client

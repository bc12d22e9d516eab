#pragma once

#include <domain/Ticket.h>

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QStackedLayout;
class QTableView;

namespace ccr::client {

class TicketListModel;

// A ticket list as a table, or a sentence in its place while there is
// nothing to show (loading, or no tickets yet). A click on a column header
// asks for that order (the server sorts; see TicketsPage); double-click or
// Enter on a row opens the ticket.
class TicketTable : public QWidget
{
    Q_OBJECT
public:
    explicit TicketTable(TicketListModel *model, QWidget *parent = nullptr);

    void setEmptyText(const QString &text);
    void setLoading(bool loading);
    void setColumnHidden(int column, bool hidden);
    QTableView *view() const { return m_view; }
    // Shows the model's current order as the header's arrow.
    void showSortIndicator();

Q_SIGNALS:
    void ticketActivated(const ccr::domain::TicketSummary &ticket);
    void sortRequested(int column, Qt::SortOrder order);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updatePage();
    void onHeaderClicked(int column);

    TicketListModel *m_model;
    QTableView *m_view;
    QLabel *m_placeholder;
    QStackedLayout *m_pages;
    QString m_emptyText;
    bool m_loading = false;
};

} // namespace ccr::client

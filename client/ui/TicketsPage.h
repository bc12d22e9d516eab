#pragma once

#include "TicketFilterBar.h"

#include <domain/Ticket.h>

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace ccr::client {

class Session;
class TicketFeed;
class TicketListModel;
class TicketTable;

// One role's ticket list as a page: a heading with room for the role's
// actions, the filter bar, the live table (TicketFeed keeps it current and
// pages it in as the view scrolls) and any error. Header clicks and filter
// changes reload the first page from the server with the new order or
// filters. Staff also raise tickets for callers from here.
class TicketsPage : public QWidget
{
    Q_OBJECT
public:
    TicketsPage(Session *session, TicketFilterBar::Audience audience, const QString &heading,
                QWidget *parent = nullptr);

    TicketListModel *model() const { return m_model; }
    TicketFeed *feed() const { return m_feed; }
    TicketTable *table() const { return m_table; }
    TicketFilterBar *filterBar() const { return m_filters; }
    // The heading's row, right-aligned: where the panel puts its buttons.
    QHBoxLayout *actions() const { return m_actions; }
    // The page's heading (its panel re-sets it in the new language).
    void setHeading(const QString &heading);
    // Tab order as the page reads: the heading's buttons, the filters and
    // search, the list. The panel calls it again after adding buttons.
    void orderTabs();
    // Loads the list and starts following changes.
    void start();

Q_SIGNALS:
    // Double-click or Enter on a row: open this ticket.
    void ticketActivated(const ccr::domain::TicketSummary &ticket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyQuery(const TicketQuery &query);
    void onSortRequested(int column, Qt::SortOrder order);
    void openRaiseForCaller();
    void loadFilterChoices();
    void showError(const QString &message);
    // What the empty list says depends on why it is empty.
    void updateEmptyText();

    Session *m_session;
    TicketFilterBar::Audience m_audience;
    TicketListModel *m_model;
    TicketFeed *m_feed;
    TicketFilterBar *m_filters;
    TicketTable *m_table;
    QHBoxLayout *m_actions;
    QLabel *m_title;
    QPushButton *m_raise = nullptr;
    QLabel *m_error;
    QLabel *m_notice;
};

} // namespace ccr::client

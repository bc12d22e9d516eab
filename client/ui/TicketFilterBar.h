#pragma once

#include "models/TicketQuery.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace ccr::client {

// The filters above a ticket list. Staff get status, priority, agent
// (anyone, mine, unassigned, one agent), category, raised-between dates and
// search; agents also a "My queue / All tickets" switch that starts on their
// queue. Customers get status and search only. Every change is announced at
// once, except typing in the search field, which waits for a pause.
class TicketFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Audience
    {
        Customer,
        Agent,
        Admin
    };
    static constexpr int kSearchPauseMs = 300;

    explicit TicketFilterBar(Audience audience, QWidget *parent = nullptr);

    // The filters as chosen (the sort is not the bar's: it keeps the one given).
    TicketQuery query() const { return m_query; }
    // Tab order, as it reads: queue switch, status, priority, agent,
    // category, dates, search.
    QList<QWidget *> tabStops() const;
    void setSort(TicketQuery::SortKey key, bool descending);
    // Choices for the category and agent lists: (id, name).
    void setCategories(const QList<QPair<qint64, QString>> &categories);
    void setAgents(const QList<QPair<qint64, QString>> &agents);

Q_SIGNALS:
    void queryChanged(const ccr::client::TicketQuery &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void readFilters();
    void onAssigneeChosen();

    Audience m_audience;
    TicketQuery m_query;
    QButtonGroup *m_queueSwitch = nullptr;
    QToolButton *m_myQueue = nullptr;
    QToolButton *m_allTickets = nullptr;
    QComboBox *m_status;
    QComboBox *m_priority = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_category = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_raisedLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLineEdit *m_search;
    QTimer *m_searchPause;
};

} // namespace ccr::client

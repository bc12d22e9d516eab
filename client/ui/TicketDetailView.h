#pragma once

#include <domain/Role.h>
#include <domain/Ticket.h>

#include <QJsonArray>
#include <QList>
#include <QWidget>

#include <qcoro/qcorotask.h>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTimer;
class QTreeWidget;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class AgentDirectory;
class BusyIndicator;
class ChatPanel;
class Session;

// One ticket opened from a list: its facts (status, priority, category,
// customer and how to reach them, agent, dates, SLA targets with the time
// left or "Breached"), its description and history in words, and what the
// viewer may do now — a button per status change the server allows, for
// administrators "Assign to…" among the active agents (presence and open
// work beside each name), for staff the priority. It follows ticket.updated
// for this ticket, so a change made anywhere shows here within the second.
class TicketDetailView : public QWidget
{
    Q_OBJECT
public:
    // agents: the staff's agent directory, for "Assign to…"; nullptr when
    // the viewer may not assign (customers, agents).
    TicketDetailView(Session *session, const domain::TicketSummary &ticket, AgentDirectory *agents,
                     QWidget *parent = nullptr);

    qint64 ticketId() const { return m_ticket.id; }
    const domain::TicketSummary &ticket() const { return m_ticket; }
    const QList<domain::TicketStatus> &allowedStatuses() const { return m_allowed; }
    const QJsonArray &history() const { return m_history; }
    ChatPanel *chat() const { return m_chat; }
    // Fetches ticket.get again (history, allowed changes).
    void reload();

Q_SIGNALS:
    // A newer summary (after an action or an event), for lists and tab titles.
    void ticketChanged(const ccr::domain::TicketSummary &ticket);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    QWidget *createDetails();
    void attachShortcuts();
    QCoro::Task<> fetch();
    void applyDetail(const QJsonObject &result);
    void applySummary(const domain::TicketSummary &ticket);
    void fillHistory();
    void updateSla();
    void rebuildStatusButtons();
    void orderTabs();
    void rebuildAssignees();
    void updateAssignButton();
    void changeStatus(domain::TicketStatus to);
    void assign();
    void changePriority(int comboIndex);
    // Sends a change; the reply (as ticket.get) is applied, an error shown.
    void send(const QString &method, const QJsonObject &params, const QString &doneMessage);
    void onEvent(const QString &event, const QJsonObject &data);
    void showStatus(const QString &message, bool error);
    void setBusy(bool busy);
    bool isCustomer() const { return m_role == domain::Role::Customer; }

    Session *m_session;
    domain::TicketSummary m_ticket;
    AgentDirectory *m_agents;
    domain::Role m_role;
    QList<domain::TicketStatus> m_allowed;
    QJsonArray m_history;
    bool m_busyNow = false;

    QSplitter *m_splitter;
    ChatPanel *m_chat = nullptr;
    QLabel *m_title;
    QLabel *m_statusValue;
    QLabel *m_priorityValue;
    QComboBox *m_priorityCombo = nullptr;
    QLabel *m_category;
    QLabel *m_customer;
    QLabel *m_phone;
    QLabel *m_contact;
    QLabel *m_agent;
    QComboBox *m_assignCombo = nullptr;
    QPushButton *m_assignButton = nullptr;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_firstResponse;
    QLabel *m_resolution;
    QFormLayout *m_facts = nullptr;
    QHBoxLayout *m_assignRow = nullptr;
    QGroupBox *m_actionsGroup = nullptr;
    QGroupBox *m_descriptionGroup = nullptr;
    QGroupBox *m_historyGroup = nullptr;
    QLabel *m_description;
    QTreeWidget *m_historyView;
    QWidget *m_actionsBox;
    QHBoxLayout *m_actions;
    QLabel *m_actionsNote;
    QLabel *m_status;
    BusyIndicator *m_busy;
    QTimer *m_refetch;
    QTimer *m_clock;
};

} // namespace ccr::client

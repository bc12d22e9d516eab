#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace ccr::client {

class AgentDirectory;

// Administrators' "Agents": every active agent with their presence
// (online, away, offline), open work and skills, live as agents come and go.
class AgentsTab : public QWidget
{
    Q_OBJECT
public:
    explicit AgentsTab(AgentDirectory *agents, QWidget *parent = nullptr);

    // The tab's title in the panel.
    static QString title() { return tr("Agents"); }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void updateNote();

    AgentDirectory *m_agents;
    QLabel *m_heading;
    QString m_failure; // the last load error, worded again on LanguageChange
    QTableView *m_view;
    QLabel *m_note;
};

} // namespace ccr::client

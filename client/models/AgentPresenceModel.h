#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace ccr::client {

// One agent as staff see them: whether they are at work, how much open work
// they hold and which categories they are skilled in (presence.list).
struct AgentPresence
{
    qint64 id = 0;
    QString name;
    QString state;             // "online" | "away" | "offline"; empty: not known
    int openTickets = -1;      // -1: not known
    QList<qint64> skills;      // category ids
    int ratings = -1;          // customers' ratings (agent.stats, admins only); -1: not known
    double averageScore = 0.0; // meaningful when ratings > 0

    static AgentPresence fromJson(const QJsonObject &json);
};

// The active agents as a table ordered by name, loaded whole (the list is
// short) and kept current from presence.changed events. Shared by the
// Agents tab, the ticket detail's "Assign to…" and the skills form.
class AgentPresenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StateColumn,
        OpenTicketsColumn,
        SkillsColumn,
        RatingColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        AgentIdRole = Qt::UserRole + 1
    };

    explicit AgentPresenceModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAgents(QList<AgentPresence> agents);
    // A presence.changed event; unknown agents are ignored until the next load.
    void setState(qint64 agentId, const QString &state);
    void setSkills(qint64 agentId, const QList<qint64> &categoryIds);
    // agent.stats rows: {agentId, ratings, averageScore}.
    void setRatings(const QJsonArray &stats);
    // Names for the Skills column (category.list).
    void setCategoryNames(QHash<qint64, QString> names);

    const QList<AgentPresence> &agents() const { return m_agents; }
    std::optional<int> rowOf(qint64 agentId) const;
    // "Arun Agent — Online, 3 open": how the agent reads in a picker.
    QString describe(const AgentPresence &agent) const;
    QString skillNames(const AgentPresence &agent) const;
    // "4.5 of 5 (12 ratings)", "No ratings yet", or a dash when not known.
    static QString ratingText(const AgentPresence &agent);

private:
    QList<AgentPresence> m_agents;
    QHash<qint64, QString> m_categoryNames;
};

} // namespace ccr::client

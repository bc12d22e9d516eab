#include "AgentPresenceModel.h"

#include "ModelLanguage.h"

#include "ui/TicketWords.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace ccr::client {

using namespace Qt::StringLiterals;

AgentPresence AgentPresence::fromJson(const QJsonObject &json)
{
    AgentPresence agent;
    agent.id = json.value(u"id"_s).toInteger();
    agent.name = json.value(u"name"_s).toString();
    agent.state = json.value(u"state"_s).toString();
    agent.openTickets = json.contains(u"openTickets"_s) ? json.value(u"openTickets"_s).toInt() : -1;
    for (const auto &id : json.value(u"skills"_s).toArray())
        agent.skills.append(id.toInteger());
    return agent;
}

AgentPresenceModel::AgentPresenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    followLanguage(this);
}

int AgentPresenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int AgentPresenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentPresenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentPresence &agent = m_agents.at(index.row());
    if (role == AgentIdRole)
        return agent.id;
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        // Colour only repeats the word beside it; it never carries the meaning alone.
        if (agent.state == u"online"_s)
            return QColor(0x1a, 0x7f, 0x37);
        if (agent.state == u"away"_s)
            return QColor(0x9a, 0x67, 0x00);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return agent.name;
    case StateColumn: return TicketWords::presence(agent.state);
    case OpenTicketsColumn: return agent.openTickets < 0 ? QVariant(tr("—")) : QVariant(agent.openTickets);
    case SkillsColumn: return skillNames(agent);
    case RatingColumn: return ratingText(agent);
    case ColumnCount: break;
    }
    return {};
}

QVariant AgentPresenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Agent");
    case StateColumn: return tr("Presence");
    case OpenTicketsColumn: return tr("Open tickets");
    case SkillsColumn: return tr("Skills");
    case RatingColumn: return tr("Customer rating");
    case ColumnCount: break;
    }
    return {};
}

void AgentPresenceModel::setAgents(QList<AgentPresence> agents)
{
    std::sort(agents.begin(), agents.end(), [](const AgentPresence &a, const AgentPresence &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    beginResetModel();
    m_agents = std::move(agents);
    endResetModel();
}

void AgentPresenceModel::setState(qint64 agentId, const QString &state)
{
    const auto row = rowOf(agentId);
    if (!row || m_agents[*row].state == state)
        return;
    m_agents[*row].state = state;
    Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
}

void AgentPresenceModel::setSkills(qint64 agentId, const QList<qint64> &categoryIds)
{
    const auto row = rowOf(agentId);
    if (!row)
        return;
    m_agents[*row].skills = categoryIds;
    Q_EMIT dataChanged(index(*row, SkillsColumn), index(*row, SkillsColumn));
}

void AgentPresenceModel::setRatings(const QJsonArray &stats)
{
    for (const auto &value : stats) {
        const auto row = rowOf(value[u"agentId"_s].toInteger());
        if (!row)
            continue;
        AgentPresence &agent = m_agents[*row];
        agent.ratings = value[u"ratings"_s].toInt();
        agent.averageScore = value[u"averageScore"_s].toDouble();
        Q_EMIT dataChanged(index(*row, RatingColumn), index(*row, RatingColumn));
    }
}

QString AgentPresenceModel::ratingText(const AgentPresence &agent)
{
    if (agent.ratings < 0)
        return tr("—");
    if (agent.ratings == 0)
        return tr("No ratings yet");
    const QString average = QLocale().toString(agent.averageScore, 'f', 1);
    if (agent.ratings == 1)
        return tr("%1 of 5 (1 rating)").arg(average);
    return tr("%1 of 5 (%2 ratings)").arg(average, QLocale().toString(agent.ratings));
}

void AgentPresenceModel::setCategoryNames(QHash<qint64, QString> names)
{
    m_categoryNames = std::move(names);
    if (!m_agents.isEmpty())
        Q_EMIT dataChanged(index(0, SkillsColumn), index(rowCount() - 1, SkillsColumn));
}

std::optional<int> AgentPresenceModel::rowOf(qint64 agentId) const
{
    for (int row = 0; row < m_agents.size(); ++row) {
        if (m_agents.at(row).id == agentId)
            return row;
    }
    return std::nullopt;
}

QString AgentPresenceModel::describe(const AgentPresence &agent) const
{
    if (agent.openTickets < 0)
        return tr("%1 — %2").arg(agent.name, TicketWords::presence(agent.state));
    return tr("%1 — %2, %n open", nullptr, agent.openTickets).arg(agent.name, TicketWords::presence(agent.state));
}

QString AgentPresenceModel::skillNames(const AgentPresence &agent) const
{
    QStringList names;
    for (const qint64 id : agent.skills)
        names.append(m_categoryNames.value(id, tr("#%1").arg(id)));
    names.sort(Qt::CaseInsensitive);
    return names.join(u", "_s);
}

} // namespace ccr::client

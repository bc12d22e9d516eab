#include "TicketAssignment.h"

#include "AssignmentSettings.h"
#include "SettingsRecords.h"

#include <handlers/TicketAccess.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>

#include <QVariant>

#include <limits>

namespace ccr::server {

using namespace Qt::StringLiterals;
using domain::TicketStatus;

namespace {

const QString kCursorKey = u"assignment.cursor"_s;

// Who may take a new ticket now: active agents whose presence is online,
// skilled in the category when that is asked for. By id, for round robin.
std::optional<QList<qint64>> eligibleAgents(QSqlDatabase &db, qint64 categoryId, bool useSkills)
{
    const bool bySkill = useSkills && categoryId > 0;
    QString sql = u"SELECT u.id FROM agent_presence p JOIN users u ON u.id = p.agent_id "
                  "WHERE p.state = 'online' AND u.role = 'agent' AND u.state = 'active' "_s;
    if (bySkill)
        sql += u"AND EXISTS (SELECT 1 FROM agent_skills s WHERE s.agent_id = u.id AND s.category_id = ?) "_s;
    sql += u"ORDER BY u.id"_s;
    QSqlQuery query = prepare(db, sql);
    if (bySkill)
        query.addBindValue(categoryId);
    if (!exec(query))
        return std::nullopt;
    QList<qint64> agents;
    while (query.next())
        agents.append(query.value(0).toLongLong());
    return agents;
}

std::optional<qint64> nextInTurn(QSqlDatabase &db, const QList<qint64> &agents)
{
    const qint64 last = readSetting(db, kCursorKey).value_or(QJsonValue(0)).toInteger();
    qint64 chosen = agents.first();
    for (qint64 agent : agents) {
        if (agent > last) {
            chosen = agent;
            break;
        }
    }
    if (!writeSetting(db, kCursorKey, chosen))
        return std::nullopt;
    return chosen;
}

std::optional<qint64> leastLoaded(QSqlDatabase &db, const QList<qint64> &agents)
{
    qint64 chosen = 0;
    int fewest = std::numeric_limits<int>::max();
    for (qint64 agent : agents) { // ties go to the lower id
        const auto open = openTicketCount(db, agent);
        if (!open)
            return std::nullopt;
        if (*open < fewest) {
            fewest = *open;
            chosen = agent;
        }
    }
    return chosen;
}

} // namespace

bool assignTicket(QSqlDatabase &db, const domain::TicketSummary &current, qint64 agentId, const QString &agentName,
                  qint64 actorId, const QString &mailDomain, bool *mailQueued)
{
    *mailQueued = false;
    bool ok = updateTicketAssignee(db, current.id, agentId)
              && recordTicketChange(db, current.id, {actorId, u"assignee"_s, current.assigneeName, agentName});
    if (ok && current.status == TicketStatus::Open) {
        ok = updateTicketStatus(db, current.id, TicketStatus::AgentAssigned)
             && recordTicketChange(db, current.id,
                                   {actorId, u"status"_s, domain::statusName(TicketStatus::Open),
                                    domain::statusName(TicketStatus::AgentAssigned)});
    }
    return ok
           && queueTicketMail(db, current, MailTemplate::TicketAssigned, {{u"agent"_s, agentName}}, false, mailDomain,
                              mailQueued);
}

std::optional<qint64> chooseAgentFor(QSqlDatabase &db, const domain::TicketSummary &ticket)
{
    const AssignmentSettings settings = loadAssignmentSettings(db);
    if (settings.policy == AssignmentSettings::Policy::Off)
        return 0;
    const auto agents = eligibleAgents(db, ticket.categoryId, settings.useSkills);
    if (!agents)
        return std::nullopt;
    if (agents->isEmpty())
        return 0;
    return settings.policy == AssignmentSettings::Policy::RoundRobin ? nextInTurn(db, *agents)
                                                                     : leastLoaded(db, *agents);
}

std::optional<int> openTicketCount(QSqlDatabase &db, qint64 agentId)
{
    // Four seeks in the covering index tickets_assignee_status (schema v5):
    // only the agent's unfinished tickets are read, however many they closed.
    QSqlQuery query = prepare(db, u"SELECT COUNT(*) FROM tickets WHERE assignee_id = ? AND status IN "
                                  "('open', 'agent_assigned', 'in_progress', 'waiting_on_customer')"_s);
    query.addBindValue(agentId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

} // namespace ccr::server

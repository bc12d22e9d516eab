#include "PresenceRecords.h"

#include "TicketAssignment.h"

#include <protocol/Messages.h>
#include <store/Sql.h>
#include <store/Transaction.h>

#include <QJsonObject>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::Reply;

namespace {

std::optional<QString> currentPresence(QSqlDatabase &db, qint64 agentId)
{
    QSqlQuery query = prepare(db, u"SELECT state FROM agent_presence WHERE agent_id = ?"_s);
    query.addBindValue(agentId);
    if (!exec(query))
        return std::nullopt;
    return query.next() ? query.value(0).toString() : u"offline"_s;
}

} // namespace

bool writePresence(QSqlDatabase &db, Transaction &transaction, qint64 agentId, const QString &state)
{
    const auto current = currentPresence(db, agentId);
    if (!current)
        return false;
    if (*current == state)
        return true;
    QSqlQuery upsert = prepare(db, u"INSERT INTO agent_presence (agent_id, state, changed_at) VALUES (?, ?, ?) "
                                   "ON CONFLICT (agent_id) DO UPDATE SET state = excluded.state, "
                                   "changed_at = excluded.changed_at"_s);
    upsert.addBindValue(agentId);
    upsert.addBindValue(state);
    upsert.addBindValue(nowMs());
    return exec(upsert)
           && transaction.recordEvent(protocol::events::presenceChanged, {{u"agentId"_s, agentId}, {u"state"_s, state}},
                                      0);
}

Outcome changePresence(QSqlDatabase &db, qint64 agentId, const QString &state)
{
    Transaction transaction(db);
    if (!writePresence(db, transaction, agentId, state) || !transaction.commit())
        return Outcome::of(storeFailure());
    return Outcome{Reply::success(), transaction.takeEvents()};
}

Outcome resetPresence(QSqlDatabase &db)
{
    Transaction transaction(db);
    QSqlQuery query = prepare(db, u"SELECT agent_id FROM agent_presence WHERE state <> 'offline'"_s);
    if (!exec(query))
        return Outcome::of(storeFailure());
    QList<qint64> agents;
    while (query.next())
        agents.append(query.value(0).toLongLong());
    for (qint64 agent : std::as_const(agents)) {
        if (!writePresence(db, transaction, agent, u"offline"_s))
            return Outcome::of(storeFailure());
    }
    if (!transaction.commit())
        return Outcome::of(storeFailure());
    return Outcome{Reply::success(), transaction.takeEvents()};
}

std::optional<QJsonArray> listPresence(QSqlDatabase &db)
{
    QSqlQuery agents = prepare(db, u"SELECT u.id, u.first_name || ' ' || u.last_name, COALESCE(p.state, 'offline') "
                                   "FROM users u LEFT JOIN agent_presence p ON p.agent_id = u.id "
                                   "WHERE u.role = 'agent' AND u.state = 'active' ORDER BY u.id"_s);
    if (!exec(agents))
        return std::nullopt;
    QJsonArray list;
    while (agents.next()) {
        const qint64 id = agents.value(0).toLongLong();
        const auto open = openTicketCount(db, id);
        QSqlQuery skills = prepare(db, u"SELECT category_id FROM agent_skills WHERE agent_id = ? ORDER BY 1"_s);
        skills.addBindValue(id);
        if (!open || !exec(skills))
            return std::nullopt;
        QJsonArray categoryIds;
        while (skills.next())
            categoryIds.append(skills.value(0).toLongLong());
        list.append(QJsonObject{{u"id"_s, id},
                                {u"name"_s, agents.value(1).toString()},
                                {u"state"_s, agents.value(2).toString()},
                                {u"openTickets"_s, *open},
                                {u"skills"_s, categoryIds}});
    }
    return list;
}

bool isChoosablePresence(const QString &state)
{
    return state == u"online" || state == u"away";
}

} // namespace ccr::server

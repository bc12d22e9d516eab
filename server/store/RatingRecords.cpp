#include "RatingRecords.h"

#include "Sql.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVariant>

#include <cmath>

namespace ccr::server {

using namespace Qt::StringLiterals;

namespace {

bool addToStats(QSqlDatabase &db, qint64 agentId, int ratings, int scoreTotal)
{
    QSqlQuery query = prepare(db, u"INSERT INTO agent_rating_stats (agent_id, ratings, score_total) VALUES (?, ?, ?) "
                                  "ON CONFLICT (agent_id) DO UPDATE SET ratings = ratings + excluded.ratings, "
                                  "score_total = score_total + excluded.score_total"_s);
    query.addBindValue(agentId);
    query.addBindValue(ratings);
    query.addBindValue(scoreTotal);
    return exec(query);
}

} // namespace

QJsonObject ratingJson(const RatingRow &rating)
{
    return {{u"ticketId"_s, rating.ticketId},
            {u"score"_s, rating.score},
            {u"comment"_s, rating.comment},
            {u"agentId"_s, rating.agentId},
            {u"updatedAt"_s, QDateTime::fromMSecsSinceEpoch(rating.updatedAtMs, Qt::UTC).toString(Qt::ISODateWithMs)}};
}

std::optional<RatingRow> loadRating(QSqlDatabase &db, qint64 ticketId)
{
    QSqlQuery query =
        prepare(db, u"SELECT customer_id, agent_id, score, comment, updated_at FROM ratings WHERE ticket_id = ?"_s);
    query.addBindValue(ticketId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return RatingRow{ticketId,
                     query.value(0).toLongLong(),
                     query.value(1).toLongLong(),
                     query.value(2).toInt(),
                     query.value(3).toString(),
                     query.value(4).toLongLong()};
}

bool saveRating(QSqlDatabase &db, const RatingRow &rating, const std::optional<RatingRow> &previous)
{
    QSqlQuery query = prepare(db, u"INSERT INTO ratings "
                                  "(ticket_id, customer_id, agent_id, score, comment, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET "
                                  "agent_id = excluded.agent_id, score = excluded.score, "
                                  "comment = excluded.comment, updated_at = excluded.updated_at"_s);
    query.addBindValue(rating.ticketId);
    query.addBindValue(rating.customerId);
    query.addBindValue(rating.agentId);
    query.addBindValue(rating.score);
    query.addBindValue(rating.comment);
    query.addBindValue(rating.updatedAtMs);
    query.addBindValue(rating.updatedAtMs);
    if (!exec(query))
        return false;
    if (previous && previous->agentId == rating.agentId)
        return addToStats(db, rating.agentId, 0, rating.score - previous->score);
    if (previous && !addToStats(db, previous->agentId, -1, -previous->score))
        return false;
    return addToStats(db, rating.agentId, 1, rating.score);
}

std::optional<QJsonArray> loadAgentStats(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT u.id, u.first_name || ' ' || u.last_name, COALESCE(s.ratings, 0), "
                    "COALESCE(s.score_total, 0) FROM users u LEFT JOIN agent_rating_stats s ON s.agent_id = u.id "
                    "WHERE u.role = 'agent' OR s.ratings > 0 ORDER BY u.id"_s))
        return std::nullopt;
    QJsonArray agents;
    while (query.next()) {
        const qint64 ratings = query.value(2).toLongLong();
        const qint64 total = query.value(3).toLongLong();
        // Two decimals are all a person reads; null rather than a made-up 0.
        const QJsonValue average =
            ratings > 0 ? QJsonValue(std::round(double(total) / double(ratings) * 100.0) / 100.0) : QJsonValue();
        agents.append(QJsonObject{{u"agentId"_s, query.value(0).toLongLong()},
                                  {u"name"_s, query.value(1).toString()},
                                  {u"ratings"_s, ratings},
                                  {u"averageScore"_s, average}});
    }
    return agents;
}

} // namespace ccr::server

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// A customer's rating of the agent on one ticket (table `ratings`, one row
// per ticket).
struct RatingRow
{
    qint64 ticketId = 0;
    qint64 customerId = 0;
    qint64 agentId = 0;
    int score = 0;
    QString comment;
    qint64 updatedAtMs = 0;
};

// {ticketId, score, comment, agentId, updatedAt}
QJsonObject ratingJson(const RatingRow &rating);

std::optional<RatingRow> loadRating(QSqlDatabase &db, qint64 ticketId);
// Inserts or replaces the ticket's rating and moves agent_rating_stats by
// the difference (the previous rating's agent loses it, the new one gains
// it), all inside the caller's transaction.
bool saveRating(QSqlDatabase &db, const RatingRow &rating, const std::optional<RatingRow> &previous);
// Every agent (and anyone else ever rated) with count and average, one read.
std::optional<QJsonArray> loadAgentStats(QSqlDatabase &db);

} // namespace ccr::server

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// A reusable reply: personal (ownerId = its agent or admin) or shared with
// all staff (ownerId 0, owner_id NULL in the store; only admins edit those).
struct CannedResponse
{
    qint64 id = 0;
    qint64 ownerId = 0;
    QString title;
    QString body;

    bool shared() const { return ownerId == 0; }
    QJsonObject toJson() const; // {id, title, body, shared, ownerId}
};

// Shared ones and the viewer's own, shared first, then by title.
std::optional<QList<CannedResponse>> listCannedResponses(QSqlDatabase &db, qint64 viewerId);
std::optional<CannedResponse> loadCannedResponse(QSqlDatabase &db, qint64 id);
// Personal ones the owner has (shared: ownerId 0).
std::optional<qint64> countCannedResponses(QSqlDatabase &db, qint64 ownerId);
std::optional<qint64> insertCannedResponse(QSqlDatabase &db, const CannedResponse &response);
bool updateCannedResponse(QSqlDatabase &db, const CannedResponse &response);
bool deleteCannedResponse(QSqlDatabase &db, qint64 id);

} // namespace ccr::server

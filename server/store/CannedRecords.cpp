#include "CannedRecords.h"

#include "Sql.h"

#include <QSqlDatabase>
#include <QVariant>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

const QString kSelect = u"SELECT id, COALESCE(owner_id, 0), title, body FROM canned_responses "_s;

CannedResponse readResponse(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString()};
}

QVariant ownerValue(qint64 ownerId)
{
    return ownerId > 0 ? QVariant(ownerId) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QJsonObject CannedResponse::toJson() const
{
    return {{u"id"_s, id}, {u"title"_s, title}, {u"body"_s, body}, {u"shared"_s, shared()}, {u"ownerId"_s, ownerId}};
}

std::optional<QList<CannedResponse>> listCannedResponses(QSqlDatabase &db, qint64 viewerId)
{
    QSqlQuery query = prepare(db, kSelect
                                      + u"WHERE owner_id IS NULL OR owner_id = ? "
                                        "ORDER BY owner_id IS NOT NULL, title COLLATE NOCASE, id"_s);
    query.addBindValue(viewerId);
    if (!exec(query))
        return std::nullopt;
    QList<CannedResponse> responses;
    while (query.next())
        responses.append(readResponse(query));
    return responses;
}

std::optional<CannedResponse> loadCannedResponse(QSqlDatabase &db, qint64 id)
{
    QSqlQuery query = prepare(db, kSelect + u"WHERE id = ?"_s);
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return readResponse(query);
}

std::optional<qint64> countCannedResponses(QSqlDatabase &db, qint64 ownerId)
{
    QSqlQuery query = prepare(db, ownerId > 0 ? u"SELECT COUNT(*) FROM canned_responses WHERE owner_id = ?"_s
                                              : u"SELECT COUNT(*) FROM canned_responses WHERE owner_id IS NULL"_s);
    if (ownerId > 0)
        query.addBindValue(ownerId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> insertCannedResponse(QSqlDatabase &db, const CannedResponse &response)
{
    const qint64 now = nowMs();
    QSqlQuery insert = prepare(db, u"INSERT INTO canned_responses (owner_id, title, body, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?)"_s);
    insert.addBindValue(ownerValue(response.ownerId));
    insert.addBindValue(response.title);
    insert.addBindValue(response.body);
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!exec(insert))
        return std::nullopt;
    return insert.lastInsertId().toLongLong();
}

bool updateCannedResponse(QSqlDatabase &db, const CannedResponse &response)
{
    QSqlQuery update =
        prepare(db, u"UPDATE canned_responses SET owner_id = ?, title = ?, body = ?, updated_at = ? WHERE id = ?"_s);
    update.addBindValue(ownerValue(response.ownerId));
    update.addBindValue(response.title);
    update.addBindValue(response.body);
    update.addBindValue(nowMs());
    update.addBindValue(response.id);
    return exec(update) && update.numRowsAffected() == 1;
}

bool deleteCannedResponse(QSqlDatabase &db, qint64 id)
{
    QSqlQuery remove = prepare(db, u"DELETE FROM canned_responses WHERE id = ?"_s);
    remove.addBindValue(id);
    return exec(remove) && remove.numRowsAffected() == 1;
}

} // namespace ccr::server

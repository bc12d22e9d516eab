#include "EventRecords.h"

#include "Sql.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QVariant>

namespace ccr::server {

using namespace Qt::StringLiterals;

std::optional<qint64> eventHead(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COALESCE(MAX(seq), 0) FROM events"_s) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<StoredEvents> eventsSince(QSqlDatabase &db, qint64 since, qint64 customerId, int limit)
{
    QSqlQuery query = prepare(db, customerId > 0 ? u"SELECT seq, name, data, customer_id FROM events WHERE seq > ? "
                                                   "AND customer_id = ? ORDER BY seq LIMIT ?"_s
                                                 : u"SELECT seq, name, data, customer_id FROM events WHERE seq > ? "
                                                   "ORDER BY seq LIMIT ?"_s);
    query.addBindValue(since);
    if (customerId > 0)
        query.addBindValue(customerId);
    query.addBindValue(limit);
    if (!exec(query))
        return std::nullopt;
    StoredEvents events;
    while (query.next()) {
        events.append({query.value(0).toLongLong(), query.value(1).toString(),
                       QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object(),
                       query.value(3).toLongLong()});
    }
    return events;
}

} // namespace ccr::server

#pragma once

#include "StoredEvent.h"

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// The newest sequence number in the event log (0 when empty).
std::optional<qint64> eventHead(QSqlDatabase &db);
// Events after `since`, oldest first, at most `limit`; customerId > 0 keeps
// only that customer's events.
std::optional<StoredEvents> eventsSince(QSqlDatabase &db, qint64 since, qint64 customerId, int limit);

} // namespace ccr::server

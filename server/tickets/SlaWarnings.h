#pragma once

#include <QtGlobal>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

class Transaction;

// "SLA about to breach": each deadline (first response, resolution) gets
// ONE warning when the time left falls under its warning window, before it
// is breached. The window is a fifth of the target's length, at least five
// minutes, but never more than half the target (a ten-minute target warns
// with five minutes left, not the moment the ticket is raised). Fixed rather
// than a setting: the agent needs time to act, and a fifth of the target
// scales from urgent (6 min of 30) to low (14 h 24 min of 72 h).
//
// The moment is stored per ticket (first_response_warn_at,
// resolution_warn_at, schema v8) whenever a deadline is set; the watcher
// clears it when it warns, so a restart does not warn again, and a new
// deadline (priority change, reopening) stores a new moment and warns anew.
qint64 slaWarningAt(qint64 clockStart, qint64 due);

struct SlaWarningCount
{
    int warned = 0;
    bool more = false; // the batch was full: run again
};

// Inside the watcher's transaction: every ticket whose warning moment has
// come, with that target still open, unbreached and due after `now`, gets
// a ticket.slaWarning event (staff only) and its moment cleared. A moment
// that came for a ticket no longer waiting (breached, met, resolved, closed)
// is cleared without a word, so it is not looked at again. At most `limit`
// per kind; nullopt on a store failure.
std::optional<SlaWarningCount> sendSlaWarnings(QSqlDatabase &db, Transaction &transaction, qint64 now, int limit);

} // namespace ccr::server

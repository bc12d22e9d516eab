#pragma once

#include <store/Outcome.h>

#include <QString>

class QSqlDatabase;

namespace ccr::server {

// One pass of the SLA watcher, in one transaction: every ticket whose first
// response or resolution came due by `now` without being met and without
// being flagged gets that breach bit, a history row (actor: the server), a
// ticket.updated event, and ONE mail per breach to its assignee and to every
// active admin. Flag, event and mails commit together, so each breach is
// notified exactly once, across restarts too. The same transaction then
// sends the warnings of targets about to breach (SlaWarnings.h). At most
// `limit` breaches and warnings per kind; Outcome.reply carries
// {flagged, warned, more}.
Outcome runSlaPass(QSqlDatabase &db, qint64 now, const QString &mailDomain, int limit);

} // namespace ccr::server

#include "SlaDeadlines.h"

#include "SlaTargets.h"
#include "SlaWarnings.h"

#include <domain/TicketPriority.h>
#include <store/Sql.h>

#include <QVariant>

namespace ccr::server {

using namespace Qt::StringLiterals;
using domain::TicketStatus;

namespace {

constexpr qint64 kMinute = 60 * 1000;

struct SlaRow
{
    domain::TicketPriority priority = domain::TicketPriority::Normal;
    qint64 createdAt = 0;
    bool responded = false;
    bool resolved = false;
    int breached = 0;
};

std::optional<SlaRow> loadSlaRow(QSqlDatabase &db, qint64 ticketId)
{
    QSqlQuery query = prepare(db, u"SELECT priority, created_at, first_responded_at IS NOT NULL, "
                                  "resolved_at IS NOT NULL, sla_breached FROM tickets WHERE id = ?"_s);
    query.addBindValue(ticketId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return SlaRow{domain::priorityFromName(query.value(0).toString()).value_or(domain::TicketPriority::Normal),
                  query.value(1).toLongLong(), query.value(2).toBool(), query.value(3).toBool(),
                  query.value(4).toInt()};
}

// When the resolution clock last started: the latest reopening, else creation.
std::optional<qint64> resolutionClockStart(QSqlDatabase &db, qint64 ticketId, qint64 createdAt)
{
    QSqlQuery query =
        prepare(db, u"SELECT MAX(at) FROM ticket_history WHERE ticket_id = ? AND kind = 'status' "
                    "AND from_value IN ('resolved', 'closed') AND to_value NOT IN ('resolved', 'closed')"_s);
    query.addBindValue(ticketId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).isNull() ? createdAt : query.value(0).toLongLong();
}

bool isDone(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

} // namespace

bool setSlaDeadlines(QSqlDatabase &db, qint64 ticketId)
{
    const auto row = loadSlaRow(db, ticketId);
    if (!row)
        return false;
    const SlaTarget target = loadSlaTargets(db).of(row->priority);
    const qint64 firstResponseDue = row->createdAt + target.firstResponseMinutes * kMinute;
    const qint64 resolutionDue = row->createdAt + target.resolutionMinutes * kMinute;
    QSqlQuery update = prepare(db, u"UPDATE tickets SET first_response_due = ?, resolution_due = ?, "
                                   "first_response_warn_at = ?, resolution_warn_at = ? WHERE id = ?"_s);
    update.addBindValue(firstResponseDue);
    update.addBindValue(resolutionDue);
    update.addBindValue(slaWarningAt(row->createdAt, firstResponseDue));
    update.addBindValue(slaWarningAt(row->createdAt, resolutionDue));
    update.addBindValue(ticketId);
    return exec(update);
}

bool recomputeSlaDeadlines(QSqlDatabase &db, qint64 ticketId)
{
    const auto row = loadSlaRow(db, ticketId);
    if (!row)
        return false;
    const auto resolutionStart = resolutionClockStart(db, ticketId, row->createdAt);
    if (!resolutionStart)
        return false;
    const SlaTarget target = loadSlaTargets(db).of(row->priority);
    const qint64 firstResponseDue = row->createdAt + target.firstResponseMinutes * kMinute;
    const qint64 resolutionDue = *resolutionStart + target.resolutionMinutes * kMinute;
    const qint64 now = nowMs();
    int breached = row->breached;
    if (!row->responded && firstResponseDue > now)
        breached &= ~domain::FirstResponseBreached;
    if (!row->resolved && resolutionDue > now)
        breached &= ~domain::ResolutionBreached;
    // A deadline that moved gets a new warning moment (and so may warn
    // again); an unchanged one keeps its own, sent or not. SET expressions
    // read the row as it was before this UPDATE.
    QSqlQuery update = prepare(
        db, u"UPDATE tickets SET first_response_due = ?, resolution_due = ?, sla_breached = ?, "
            "first_response_warn_at = CASE WHEN first_response_due IS ? THEN first_response_warn_at ELSE ? END, "
            "resolution_warn_at = CASE WHEN resolution_due IS ? THEN resolution_warn_at ELSE ? END WHERE id = ?"_s);
    update.addBindValue(firstResponseDue);
    update.addBindValue(resolutionDue);
    update.addBindValue(breached);
    update.addBindValue(firstResponseDue);
    update.addBindValue(slaWarningAt(row->createdAt, firstResponseDue));
    update.addBindValue(resolutionDue);
    update.addBindValue(slaWarningAt(*resolutionStart, resolutionDue));
    update.addBindValue(ticketId);
    return exec(update);
}

bool applyStatusToSla(QSqlDatabase &db, qint64 ticketId, TicketStatus from, TicketStatus to, bool byStaff)
{
    const qint64 now = nowMs();
    if (byStaff && to != TicketStatus::Open && to != TicketStatus::AgentAssigned && !noteFirstResponse(db, ticketId))
        return false;
    if (isDone(to) && !isDone(from)) {
        QSqlQuery update = prepare(db, u"UPDATE tickets SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"_s);
        update.addBindValue(now);
        update.addBindValue(ticketId);
        return exec(update);
    }
    if (isDone(from) && !isDone(to)) {
        // Reopened: a fresh resolution target from now, unless this target
        // was already breached (then the flag and its deadline stand).
        const auto row = loadSlaRow(db, ticketId);
        if (!row)
            return false;
        const SlaTarget target = loadSlaTargets(db).of(row->priority);
        // The fresh target warns anew, like a new ticket's.
        const qint64 resolutionDue = now + target.resolutionMinutes * kMinute;
        QSqlQuery update =
            prepare(db, u"UPDATE tickets SET resolved_at = NULL, "
                        "resolution_due = CASE WHEN (sla_breached & 2) = 0 THEN ? ELSE resolution_due END, "
                        "resolution_warn_at = CASE WHEN (sla_breached & 2) = 0 THEN ? ELSE resolution_warn_at END "
                        "WHERE id = ?"_s);
        update.addBindValue(resolutionDue);
        update.addBindValue(slaWarningAt(now, resolutionDue));
        update.addBindValue(ticketId);
        return exec(update);
    }
    return true;
}

bool noteFirstResponse(QSqlDatabase &db, qint64 ticketId)
{
    QSqlQuery update =
        prepare(db, u"UPDATE tickets SET first_responded_at = ? WHERE id = ? AND first_responded_at IS NULL"_s);
    update.addBindValue(nowMs());
    update.addBindValue(ticketId);
    return exec(update);
}

} // namespace ccr::server

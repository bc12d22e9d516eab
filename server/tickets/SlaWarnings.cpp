#include "SlaWarnings.h"

#include <domain/Ticket.h>
#include <protocol/Messages.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>
#include <store/Transaction.h>

#include <QDateTime>

#include <algorithm>

namespace ccr::server {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kShortestWindowMs = 5 * kMinuteMs;

struct WarningKind
{
    int breachBit;
    QString name; // "target" in the event, as in the breach's history row
    QString select;
    QString clear;
};

// The SELECT's WHERE repeats the partial index's terms (schema v8), so the
// watcher walks only tickets whose warning moment is still pending.
const QList<WarningKind> &warningKinds()
{
    static const QList<WarningKind> kinds = {
        {domain::FirstResponseBreached, u"first_response"_s,
         u"SELECT id, first_response_due, sla_breached, status FROM tickets WHERE first_response_warn_at IS NOT NULL "
         "AND first_responded_at IS NULL AND first_response_warn_at <= ? ORDER BY first_response_warn_at LIMIT ?"_s,
         u"UPDATE tickets SET first_response_warn_at = NULL WHERE id = ?"_s},
        {domain::ResolutionBreached, u"resolution"_s,
         u"SELECT id, resolution_due, sla_breached, status FROM tickets WHERE resolution_warn_at IS NOT NULL "
         "AND resolved_at IS NULL AND resolution_warn_at <= ? ORDER BY resolution_warn_at LIMIT ?"_s,
         u"UPDATE tickets SET resolution_warn_at = NULL WHERE id = ?"_s},
    };
    return kinds;
}

struct Candidate
{
    qint64 ticketId = 0;
    qint64 due = 0;
    int breached = 0;
    QString status;
};

std::optional<QList<Candidate>> candidates(QSqlDatabase &db, const WarningKind &kind, qint64 now, int limit)
{
    QSqlQuery query = prepare(db, kind.select);
    query.addBindValue(now);
    query.addBindValue(limit);
    if (!exec(query))
        return std::nullopt;
    QList<Candidate> found;
    while (query.next())
        found.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
                      query.value(3).toString()});
    return found;
}

bool stillWaiting(const Candidate &candidate, const WarningKind &kind, qint64 now)
{
    // A target already due is the breach's business (flagged in the same
    // pass); a finished ticket has nothing left to warn about.
    return candidate.due > now && (candidate.breached & kind.breachBit) == 0 && candidate.status != u"resolved"_s
           && candidate.status != u"closed"_s;
}

QJsonObject warningData(const domain::TicketSummary &ticket, const WarningKind &kind, qint64 due, qint64 now)
{
    // Rounded to the nearest minute: "5 minutes left" for 4 min 50 s.
    const qint64 minutesLeft = std::max<qint64>(1, (due - now + kMinuteMs / 2) / kMinuteMs);
    return {{u"ticketId"_s, ticket.id},
            {u"target"_s, kind.name},
            {u"due"_s, QDateTime::fromMSecsSinceEpoch(due, Qt::UTC).toString(Qt::ISODateWithMs)},
            {u"minutesLeft"_s, minutesLeft},
            {u"ticket"_s, ticket.toJson()}};
}

} // namespace

qint64 slaWarningAt(qint64 clockStart, qint64 due)
{
    const qint64 target = std::max<qint64>(0, due - clockStart);
    const qint64 window = std::min(std::max(target / 5, kShortestWindowMs), target / 2);
    return due - window;
}

std::optional<SlaWarningCount> sendSlaWarnings(QSqlDatabase &db, Transaction &transaction, qint64 now, int limit)
{
    SlaWarningCount count;
    for (const auto &kind : warningKinds()) {
        const auto found = candidates(db, kind, now, limit);
        if (!found)
            return std::nullopt;
        count.more = count.more || found->size() >= limit;
        for (const auto &candidate : *found) {
            QSqlQuery clear = prepare(db, kind.clear);
            clear.addBindValue(candidate.ticketId);
            if (!exec(clear))
                return std::nullopt;
            if (!stillWaiting(candidate, kind, now))
                continue;
            const auto ticket = loadTicketSummary(db, candidate.ticketId);
            // Staff only (customer 0): the customer is not told the team is
            // running late on their ticket.
            if (!ticket
                || !transaction.recordEvent(protocol::events::ticketSlaWarning,
                                            warningData(*ticket, kind, candidate.due, now), 0))
                return std::nullopt;
            ++count.warned;
        }
    }
    return count;
}

} // namespace ccr::server

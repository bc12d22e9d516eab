#pragma once

#include <domain/TicketPriority.h>
#include <protocol/Reply.h>

#include <QJsonObject>

#include <array>
#include <variant>

class QSqlDatabase;

namespace ccr::server {

// First-response and resolution targets of one priority, in calendar minutes
// from the moment the ticket was raised.
struct SlaTarget
{
    int firstResponseMinutes = 0;
    int resolutionMinutes = 0;
    bool operator==(const SlaTarget &) const = default;
};

// The SLA settings (settings.sla.get/set): one target per priority, kept in
// the settings table under "sla". Tickets take their deadlines from these
// when they are raised or their priority changes; a later change of the
// settings does not move existing deadlines.
struct SlaTargets
{
    static constexpr int kMaxMinutes = 365 * 24 * 60;

    std::array<SlaTarget, 4> byPriority; // indexed by domain::TicketPriority

    const SlaTarget &of(domain::TicketPriority priority) const { return byPriority.at(std::size_t(priority)); }
    QJsonObject toJson() const;
    // urgent 30 min / 4 h, high 1 h / 8 h, normal 4 h / 24 h, low 8 h / 72 h.
    static SlaTargets defaults();
    // A complete or partial {low:{...}, ...} over `base`; the error names the
    // field ("targets.high.resolutionMinutes").
    static std::variant<SlaTargets, protocol::ApiError> merged(const SlaTargets &base, const QJsonObject &json);
};

SlaTargets loadSlaTargets(QSqlDatabase &db);
bool saveSlaTargets(QSqlDatabase &db, const SlaTargets &targets);

} // namespace ccr::server

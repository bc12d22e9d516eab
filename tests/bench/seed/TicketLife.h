#pragma once

#include "common/TextGenerator.h"

#include <domain/TicketPriority.h>
#include <domain/TicketStatus.h>
#include <tickets/SlaTargets.h>

#include <QString>

#include <optional>
#include <vector>

namespace ccr::bench {

struct SeedAgent
{
    qint64 id = 0;
    QString name;
};

// What every ticket's life is planned against.
struct LifeSettings
{
    qint64 now = 0;
    server::SlaTargets targets;
    qint64 adminId = 0;        // assigns by hand; 0: only automatic assignment
    int messagesPerTicket = 5; // average over worked tickets
};

// One row the server would have written to ticket_history; actorId 0 is the
// server itself (automatic assignment, a breached SLA target).
struct PlannedChange
{
    qint64 at = 0;
    qint64 actorId = 0;
    QString kind;
    QString from;
    QString to;
};

// A chat message or an internal note; the text is drawn when it is written.
struct PlannedMessage
{
    qint64 at = 0;
    bool fromStaff = false;
    bool note = false;
};

struct PlannedRating
{
    int score = 0;
    QString comment;
    qint64 at = 0;
};

// The life of one ticket up to "now", as the server would have recorded it:
// raised, assigned, worked, resolved and closed through the allowed
// transitions (shared/domain/TicketLifecycle), with SLA deadlines from the
// stored targets, first response and resolution stamps, breach flags and
// 'sla' history rows where a target passed, the conversation in between and
// the customer's rating. Later steps that would lie in the future are cut,
// so recent tickets are naturally still open or in progress.
struct TicketLife
{
    domain::TicketStatus status = domain::TicketStatus::Open;
    bool assigned = false;
    qint64 updatedAt = 0;
    qint64 firstResponseDue = 0;
    qint64 resolutionDue = 0;
    qint64 firstRespondedAt = 0; // 0: none (NULL)
    qint64 resolvedAt = 0;       // 0: none (NULL)
    int slaBreached = 0;
    // When the SLA watcher will warn that a target is near (tickets/
    // SlaWarnings); 0 (NULL) once that moment has passed while the ticket
    // still waited for the target, as the watcher clears it then.
    qint64 firstResponseWarnAt = 0;
    qint64 resolutionWarnAt = 0;
    std::vector<PlannedChange> history;   // by time
    std::vector<PlannedMessage> messages; // by time
    std::optional<PlannedRating> rating;
    bool customerReadEverything = false; // else only up to their own last message
};

// agent: the assignee this ticket would get, or nullptr (nobody yet).
TicketLife planTicketLife(TextGenerator &random, const LifeSettings &settings, qint64 createdAt,
                          domain::TicketPriority priority, qint64 customerId, qint64 raisedById,
                          const SeedAgent *agent);

} // namespace ccr::bench

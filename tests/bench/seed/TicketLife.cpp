#include "TicketLife.h"

#include <tickets/SlaWarnings.h>

#include <algorithm>
#include <limits>
#include <random>

namespace ccr::bench {

using namespace Qt::StringLiterals;
using domain::TicketStatus;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

qint64 between(TextGenerator &random, qint64 low, qint64 high)
{
    return high <= low ? low : std::uniform_int_distribution<qint64>(low, high)(random.engine());
}

qint64 scaled(TextGenerator &random, qint64 span, double low, double high)
{
    return qint64(double(span) * std::uniform_real_distribution<double>(low, high)(random.engine()));
}

// Where a ticket is heading. Recent tickets follow a help desk's working mix;
// those older than six weeks are nearly all finished, with a small stale
// backlog still in progress or waiting.
TicketStatus destinyOf(TextGenerator &random, qint64 age)
{
    const int roll = random.uniform(0, 99);
    if (age < 42 * kDay) {
        if (roll < 8)
            return TicketStatus::Open;
        if (roll < 14)
            return TicketStatus::AgentAssigned;
        if (roll < 26)
            return TicketStatus::InProgress;
        if (roll < 34)
            return TicketStatus::WaitingOnCustomer;
        if (roll < 50)
            return TicketStatus::Resolved;
        return TicketStatus::Closed;
    }
    if (roll < 1)
        return TicketStatus::InProgress;
    if (roll < 3)
        return TicketStatus::WaitingOnCustomer;
    if (roll < 12)
        return TicketStatus::Resolved;
    return TicketStatus::Closed;
}

bool isDone(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

// Customers are mostly happy; the unhappy ones say so more often.
int drawScore(TextGenerator &random)
{
    const int roll = random.uniform(0, 99);
    return roll < 45 ? 5 : roll < 75 ? 4 : roll < 87 ? 3 : roll < 93 ? 2 : 1;
}

} // namespace

TicketLife planTicketLife(TextGenerator &random, const LifeSettings &settings, qint64 createdAt,
                          domain::TicketPriority priority, qint64 customerId, qint64 raisedById, const SeedAgent *agent)
{
    const server::SlaTarget target = settings.targets.of(priority);
    const qint64 firstResponseSpan = target.firstResponseMinutes * kMinute;
    const qint64 resolutionSpan = target.resolutionMinutes * kMinute;
    const TicketStatus destiny = agent ? destinyOf(random, settings.now - createdAt) : TicketStatus::Open;

    // The planned path, in time order; cut at "now" below.
    std::vector<PlannedChange> path;
    path.push_back({createdAt, raisedById > 0 ? raisedById : customerId, u"created"_s, QString(),
                    domain::statusName(TicketStatus::Open)});
    auto status = [&](qint64 at, qint64 actor, TicketStatus from, TicketStatus to) {
        path.push_back({at, actor, u"status"_s, domain::statusName(from), domain::statusName(to)});
    };
    qint64 assignedAt = kNever;
    qint64 closedAt = kNever;
    if (destiny != TicketStatus::Open) {
        // By an admin, or by the automatic assignment (actor 0).
        const qint64 assigner = settings.adminId > 0 && random.uniform(0, 1) == 0 ? settings.adminId : 0;
        assignedAt = createdAt + between(random, kMinute, std::max(kMinute, firstResponseSpan / 2));
        path.push_back({assignedAt, assigner, u"assignee"_s, QString(), agent->name});
        status(assignedAt, assigner, TicketStatus::Open, TicketStatus::AgentAssigned);
    }
    if (destiny != TicketStatus::Open && destiny != TicketStatus::AgentAssigned) {
        // Most first responses land within the target, some miss it.
        const qint64 working = std::max(assignedAt + kMinute, createdAt + scaled(random, firstResponseSpan, 0.1, 1.3));
        status(working, agent->id, TicketStatus::AgentAssigned, TicketStatus::InProgress);
        qint64 last = working;
        if (destiny == TicketStatus::WaitingOnCustomer || (isDone(destiny) && random.uniform(0, 99) < 35)) {
            const qint64 waiting = last + std::max(10 * kMinute, scaled(random, resolutionSpan, 0.05, 0.2));
            status(waiting, agent->id, TicketStatus::InProgress, TicketStatus::WaitingOnCustomer);
            last = waiting;
            if (destiny != TicketStatus::WaitingOnCustomer) {
                // The customer answered.
                last += std::max(10 * kMinute, scaled(random, resolutionSpan, 0.05, 0.3));
                status(last, agent->id, TicketStatus::WaitingOnCustomer, TicketStatus::InProgress);
            }
        }
        if (isDone(destiny)) {
            // About one in six resolutions misses its target.
            const qint64 resolved =
                std::max(last + 10 * kMinute, createdAt + scaled(random, resolutionSpan, 0.3, 1.15));
            status(resolved, agent->id, TicketStatus::InProgress, TicketStatus::Resolved);
            if (destiny == TicketStatus::Closed) {
                // The customer accepts the resolution, or the agent closes it later.
                const bool byCustomer = random.uniform(0, 9) < 3;
                closedAt = resolved + between(random, kHour, 7 * kDay);
                status(closedAt, byCustomer ? customerId : agent->id, TicketStatus::Resolved, TicketStatus::Closed);
            }
        }
    }

    TicketLife life;
    life.firstResponseDue = createdAt + firstResponseSpan;
    life.resolutionDue = createdAt + resolutionSpan;
    qint64 workingAt = kNever;
    for (const PlannedChange &change : path) {
        if (change.at > settings.now)
            break;
        life.history.push_back(change);
        life.updatedAt = change.at;
        if (change.kind == u"assignee")
            life.assigned = true;
        if (change.kind != u"status")
            continue;
        life.status = domain::statusFromName(change.to).value_or(TicketStatus::Open);
        if (life.status == TicketStatus::InProgress && workingAt == kNever)
            workingAt = change.at; // a staff status change is a first response
        if (life.status == TicketStatus::Resolved)
            life.resolvedAt = change.at;
    }
    if (closedAt > settings.now)
        closedAt = kNever;

    // The conversation: the customer alone until an agent has the ticket,
    // then both sides and now and then an internal note. It ends with the
    // resolution (nobody can write on a closed ticket).
    const int count = life.assigned ? random.uniform(1, 2 * settings.messagesPerTicket - 1) : random.uniform(0, 2);
    const qint64 start = createdAt + kMinute;
    const qint64 end =
        life.resolvedAt > 0 ? life.resolvedAt : std::min(settings.now, std::max(life.updatedAt, createdAt) + 3 * kDay);
    std::vector<qint64> times;
    for (int i = 0; i < count; ++i)
        times.push_back(between(random, start, std::max(start, end)));
    std::sort(times.begin(), times.end());
    bool staffTurn = true;
    qint64 firstStaffChat = kNever;
    for (const qint64 at : times) {
        PlannedMessage message{at, false, false};
        if (life.assigned && at >= assignedAt) {
            if (random.uniform(0, 9) == 0) {
                message.fromStaff = message.note = true;
            } else {
                message.fromStaff = staffTurn;
                staffTurn = random.uniform(0, 9) < 7 ? !staffTurn : staffTurn;
            }
        }
        if (message.fromStaff && !message.note)
            firstStaffChat = std::min(firstStaffChat, at);
        life.messages.push_back(message);
    }
    const qint64 firstResponse = std::min(workingAt, firstStaffChat);
    life.firstRespondedAt = firstResponse == kNever ? 0 : firstResponse;

    // SLA flags as the breach watcher would have set them: a target passed
    // while the ticket still waited for it (first response: and was not
    // resolved yet). One history row by the server per breach.
    const qint64 doneAt = life.resolvedAt > 0 ? life.resolvedAt : kNever;
    if (life.firstResponseDue <= settings.now && life.firstResponseDue < firstResponse
        && life.firstResponseDue < doneAt) {
        life.slaBreached |= domain::FirstResponseBreached;
        life.history.push_back({life.firstResponseDue, 0, u"sla"_s, QString(), u"first_response"_s});
    }
    if (life.resolutionDue <= settings.now && life.resolutionDue < doneAt) {
        life.slaBreached |= domain::ResolutionBreached;
        life.history.push_back({life.resolutionDue, 0, u"sla"_s, QString(), u"resolution"_s});
    }
    // Warning moments are set with the deadlines; the watcher clears one
    // when it comes while the ticket still waits for that target (it only
    // looks at tickets without a first response / resolution).
    auto warning = [&](qint64 due, qint64 metAt) {
        const qint64 at = server::slaWarningAt(createdAt, due);
        return at <= settings.now && metAt > at ? 0 : at;
    };
    life.firstResponseWarnAt = warning(life.firstResponseDue, firstResponse);
    life.resolutionWarnAt = warning(life.resolutionDue, doneAt);
    std::stable_sort(life.history.begin(), life.history.end(),
                     [](const PlannedChange &a, const PlannedChange &b) { return a.at < b.at; });

    // Two in five resolved tickets are rated while they are resolved.
    if (life.resolvedAt > 0 && random.uniform(0, 4) < 2) {
        const qint64 until = std::min(closedAt == kNever ? settings.now : closedAt, settings.now);
        const qint64 at = between(random, life.resolvedAt + kMinute, std::max(life.resolvedAt + kMinute, until));
        if (at <= until) {
            const int score = drawScore(random);
            life.rating = PlannedRating{score, random.uniform(0, 9) < 3 ? random.ratingComment(score) : QString(), at};
        }
    }
    life.customerReadEverything = life.resolvedAt > 0 || random.uniform(0, 9) < 7;
    return life;
}

} // namespace ccr::bench

#pragma once

#include "SeverityClassifier.h"

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// Priorities staff set or confirmed (ticket.setPriority), the severity
// classifier's examples: one row per ticket, the latest word wins.

// The newest `limit` examples with their tickets' words.
std::optional<QList<LabelledText>> recentLabelledTexts(QSqlDatabase &db, int limit);

struct LabelChange
{
    LabelledText example;                           // the ticket's words with the new label
    std::optional<domain::TicketPriority> previous; // the label it replaced, if any
};

// Records the label inside the caller's transaction. nullopt on a store failure.
std::optional<LabelChange> labelPriority(QSqlDatabase &db, qint64 ticketId, domain::TicketPriority priority,
                                         qint64 staffId);

} // namespace ccr::server

#pragma once

#include <domain/Ticket.h>
#include <protocol/Reply.h>
#include <store/TicketRecords.h>

#include <QJsonObject>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

class Transaction;

// The one path by which a ticket comes into being, shared by ticket.create
// (a customer) and ticket.createForCustomer (an agent for a caller).

// Reads and validates the ticket's own fields from a request: subject,
// description, categoryId?, priority?, contactPhone?, preferredContact?.
// Fills `ticket` (not customerId/createdById); on bad input returns the
// typed error to send.
std::optional<protocol::Reply> readTicketFields(const QJsonObject &json, NewTicketRow *ticket);

struct CreatedTicket
{
    std::optional<domain::TicketSummary> ticket; // set when created
    protocol::Reply failure;                     // otherwise: a typed refusal or the store failure
    bool mailQueued = false;                     // automatic assignment queued the customer's mail
};

// Inside the caller's open transaction: checks the category is active,
// inserts the ticket and its history, and records ticket.created (to its
// customer and staff). The caller commits; on failure it just returns and
// the transaction rolls back.
// mailDomain: for the customer's "agent assigned" mail when the ticket is
// assigned automatically (server/tickets/NewTicketPolicies.h).
CreatedTicket createTicketInTransaction(QSqlDatabase &db, Transaction &transaction, const NewTicketRow &ticket,
                                        const QString &mailDomain);

} // namespace ccr::server

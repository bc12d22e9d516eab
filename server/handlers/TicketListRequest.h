#pragma once

#include <domain/User.h>
#include <protocol/Reply.h>
#include <store/TicketSearch.h>

#include <QJsonObject>

#include <optional>

namespace ccr::server {

inline constexpr int kMaxTicketPage = 200;

// Reads ticket.list's parameters into a query for `user`: filters, sort,
// limit, cursor, search. Customers are restricted to their own tickets
// whatever they send (customerId and mine are ignored for them). Returns the
// typed error for bad input.
std::optional<protocol::Reply> readTicketListQuery(const QJsonObject &json, const domain::UserProfile &user,
                                                   TicketListQuery *query);

// The opaque cursor string for the next page: base64url of a small JSON
// object naming the sort and the last row's sort value and id. Decoding
// checks every part and that it belongs to the same sort.
QString encodeTicketCursor(const TicketListQuery &query, const TicketCursor &cursor);

} // namespace ccr::server

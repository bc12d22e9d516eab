#pragma once

#include <domain/User.h>

#include <QJsonObject>
#include <QList>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// Customers whose first name, last name, email or phone starts with `text`
// (ignoring ASCII case), or "first last" when the text has two words. Each
// column is a prefix range on its own NOCASE index (migration 5), so the
// cost follows the matches, not the number of users. Sorted by name.
std::optional<QList<domain::UserProfile>> searchCustomers(QSqlDatabase &db, const QString &text, int limit);

// What staff see of a customer when raising a ticket for them.
QJsonObject customerCard(const domain::UserProfile &customer);

} // namespace ccr::server

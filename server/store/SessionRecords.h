#pragma once

#include <QString>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

// Login sessions, keyed by the hash of their token: the token itself is
// never stored, so a copy of the database cannot be used to log in.
bool insertSession(QSqlDatabase &db, qint64 userId, const QString &tokenHash, qint64 expiresAtMs);
// The user id of a live (unexpired, unrevoked) session.
std::optional<qint64> userIdForSession(QSqlDatabase &db, const QString &tokenHash);
bool revokeSession(QSqlDatabase &db, const QString &tokenHash);
bool revokeAllSessions(QSqlDatabase &db, qint64 userId);
// Login alerts: true when this client (by its hashed id) was not seen before
// for the user, and records it. `firstEver` tells whether any was known.
bool rememberClient(QSqlDatabase &db, qint64 userId, const QString &clientHash, bool *firstEver);

} // namespace ccr::server

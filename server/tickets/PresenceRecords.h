#pragma once

#include <store/Outcome.h>

#include <QJsonArray>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace ccr::server {

class Transaction;

// Agent presence rows (schema v6: agent_presence). States: "online",
// "away", "offline"; an agent without a row is offline.

// Sets the state and records presence.changed (staff only) when it changed.
// False on a store failure.
bool writePresence(QSqlDatabase &db, Transaction &transaction, qint64 agentId, const QString &state);

// Store work for one change seen by the network thread (a first connection,
// a last one closing), in its own transaction.
Outcome changePresence(QSqlDatabase &db, qint64 agentId, const QString &state);

// At start nobody is connected: every agent not offline becomes offline
// (with the event, so clients that replay see it).
Outcome resetPresence(QSqlDatabase &db);

// presence.list: every active agent with state, open ticket count and skills.
std::optional<QJsonArray> listPresence(QSqlDatabase &db);

// Presence states a person may choose (offline is the server's to say).
bool isChoosablePresence(const QString &state);

} // namespace ccr::server

#pragma once

#include <QHash>
#include <QString>

namespace ccr::domain {

// Canned responses carry placeholders such as {{customer.firstName}}; the
// client fills them in before sending, so the message stored and mailed is
// exactly what the customer reads.
namespace placeholder {
inline const QString customerFirstName = QStringLiteral("customer.firstName");
inline const QString customerLastName = QStringLiteral("customer.lastName");
inline const QString agentFirstName = QStringLiteral("agent.firstName");
inline const QString ticketId = QStringLiteral("ticket.id");
inline const QString ticketSubject = QStringLiteral("ticket.subject");
} // namespace placeholder

// Replaces every {{name}} (spaces inside the braces allowed: {{ name }}) whose
// name is a key of `values`; unknown placeholders stay as written, so a typo
// shows up in the draft instead of vanishing. One pass: text coming from a
// value is never expanded again.
QString expandPlaceholders(const QString &body, const QHash<QString, QString> &values);

} // namespace ccr::domain

#pragma once

#include <QString>

namespace ccr::server {

// One notification as the outbox stores it: already rendered in the
// recipient's language, so a restart sends exactly what was decided.
struct OutgoingMail
{
    qint64 id = 0;
    QString to;     // a validated address
    QString toName; // display name, may be empty
    QString subject;
    QString textBody;
    QString htmlBody;
    QString messageId; // without angle brackets
    QString threadId;  // Message-ID of the thread's root (In-Reply-To/References), may be empty
    int attempts = 0;  // tries so far
};

} // namespace ccr::server

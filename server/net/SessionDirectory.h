#pragma once

#include <domain/User.h>

#include <QList>
#include <QString>

namespace ccr::server {

class ClientSession;

// Every live connection, so an admin's "deactivate" or "end sessions" can
// close that user's connections at once, on every client.
class SessionDirectory
{
public:
    void add(ClientSession *session) { m_sessions.append(session); }
    void remove(ClientSession *session) { m_sessions.removeOne(session); }
    // Returns how many connections were closed.
    int endSessionsOf(qint64 userId, const QString &reason);
    // The account changed (approved, confirmed, renamed): every live session
    // of that user sees the new profile at once, without logging in again.
    void refreshUser(const domain::UserProfile &user);
    qsizetype size() const { return m_sessions.size(); }

private:
    QList<ClientSession *> m_sessions;
};

} // namespace ccr::server

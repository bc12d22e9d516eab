#include "SessionDirectory.h"

#include "ClientSession.h"

namespace ccr::server {

int SessionDirectory::endSessionsOf(qint64 userId, const QString &reason)
{
    int ended = 0;
    // A copy: ending a session may remove it from the list.
    const auto sessions = m_sessions;
    for (ClientSession *session : sessions) {
        if (session->userId() == userId) {
            session->endSession(reason);
            ++ended;
        }
    }
    return ended;
}

void SessionDirectory::refreshUser(const domain::UserProfile &user)
{
    for (ClientSession *session : std::as_const(m_sessions))
        session->refreshUser(user);
}

} // namespace ccr::server

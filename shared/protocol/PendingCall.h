#pragma once

#include "Reply.h"

#include <QObject>

namespace ccr::protocol {

// One request waiting for its response; the coroutine in RpcClient::call
// awaits its finished() signal.
class PendingCall : public QObject
{
    Q_OBJECT
public:
    void finish(Reply reply)
    {
        m_reply = std::move(reply);
        Q_EMIT finished();
    }
    const Reply &reply() const { return m_reply; }

Q_SIGNALS:
    void finished();

private:
    Reply m_reply;
};

} // namespace ccr::protocol

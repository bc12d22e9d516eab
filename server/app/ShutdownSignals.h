#pragma once

#include <QObject>

class QSocketNotifier;

namespace ccr::server {

// Turns SIGTERM and SIGINT into a normal QCoreApplication::quit(), so the
// server closes its sessions and the database cleanly. The handler only
// writes a byte to a socket pair (async-signal-safe); the event loop does
// the rest.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ccr::server

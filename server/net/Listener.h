#pragma once

#include "SessionLimits.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <optional>

class QTcpServer;

namespace ccr::server {

class ClientSession;
class HandlerRegistry;
struct ServerServices;

// Accepts connections (TLS by default, plain TCP only when configured) and
// gives each a ClientSession.
class Listener : public QObject
{
    Q_OBJECT
public:
    Listener(const HandlerRegistry &registry, ServerServices &services, SessionLimits limits, int maxConnections,
             QObject *parent = nullptr);

    // tls empty: plain TCP. Returns an error message, empty on success.
    QString listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls);
    quint16 port() const;
    int sessionCount() const { return m_sessions; }

private:
    void accept();

    const HandlerRegistry &m_registry;
    ServerServices &m_services;
    SessionLimits m_limits;
    int m_maxConnections;
    int m_sessions = 0;
    QTcpServer *m_server = nullptr;
};

} // namespace ccr::server

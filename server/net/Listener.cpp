#include "Listener.h"

#include "ClientSession.h"

#include <QLoggingCategory>
#include <QSslServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcListener, "ccr.server.listener")

namespace ccr::server {

Listener::Listener(const HandlerRegistry &registry, ServerServices &services, SessionLimits limits, int maxConnections,
                   QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_services(services)
    , m_limits(limits)
    , m_maxConnections(maxConnections)
{
}

QString Listener::listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    if (tls) {
        auto *server = new QSslServer(this);
        server->setSslConfiguration(*tls);
        // A peer that opens TCP and never finishes the handshake is dropped.
        server->setHandshakeTimeout(m_limits.helloTimeoutMs);
        // Emitted after the handshake; newConnection would fire before it.
        connect(server, &QSslServer::pendingConnectionAvailable, this, &Listener::accept);
        connect(server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
            qCInfo(lcListener) << "TLS handshake failed from" << socket->peerAddress() << socket->errorString();
        });
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &Listener::accept);
    }
    m_server->setListenBacklogSize(1024);
    m_server->setMaxPendingConnections(1024);
    if (!m_server->listen(address, port))
        return m_server->errorString();
    return {};
}

quint16 Listener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void Listener::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_sessions >= m_maxConnections) {
            qCWarning(lcListener) << "connection limit" << m_maxConnections << "reached; refusing"
                                  << socket->peerAddress();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_sessions;
        auto *session = new ClientSession(socket, m_registry, m_services, m_limits, this);
        connect(session, &ClientSession::finished, this, [this](ClientSession *finished) {
            --m_sessions;
            finished->deleteLater();
        });
    }
}

} // namespace ccr::server

#pragma once

#include "ServerConfig.h"

#include <handlers/HandlerRegistry.h>
#include <handlers/ServerServices.h>

#include <QObject>

#include <memory>

namespace ccr::server {

class Database;
class EventHub;
class OutboxSender;
class ChatMailBatcher;
class SessionDirectory;
class AttemptThrottle;
class Listener;
class TicketServices;
class AttachmentFiles;
class UploadTracker;
class PasswordHasher;

// The running server: store, hashing pool, event hub, handlers, listener.
class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    // Prepares the data directory, TLS material and store, then listens.
    // Returns an error message, empty on success.
    QCoro::Task<QString> start();
    quint16 port() const;

private:
    ServerConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<EventHub> m_hub;
    OutboxSender *m_mailer;
    ChatMailBatcher *m_chatMail;
    std::unique_ptr<SessionDirectory> m_sessions;
    std::unique_ptr<AttemptThrottle> m_throttle;
    std::unique_ptr<AttachmentFiles> m_attachmentFiles;
    std::unique_ptr<UploadTracker> m_uploads;
    std::unique_ptr<TicketServices> m_tickets;
    HandlerRegistry m_registry;
    std::unique_ptr<ServerServices> m_services;
    Listener *m_listener = nullptr;
};

} // namespace ccr::server

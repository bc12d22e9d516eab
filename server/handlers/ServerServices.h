#pragma once

namespace ccr::server {

class Database;
class EventHub;
class OutboxSender;
class SessionDirectory;
class AttemptThrottle;
class PasswordHasher;
struct ServerConfig;
class UploadTracker;
class TicketServices;

// The long-lived services a handler may use; owned by Server.
struct ServerServices
{
    Database &db;
    PasswordHasher &hasher;
    EventHub &hub;
    OutboxSender &mailer;
    SessionDirectory &sessions;
    AttemptThrottle &throttle;
    const ServerConfig &config;
    TicketServices &tickets; // presence, SLA watcher, severity classifier
    UploadTracker &uploads; // attachments in progress, and the attachment files
};

} // namespace ccr::server

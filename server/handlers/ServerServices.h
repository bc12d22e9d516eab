#pragma once

namespace ccr::server {

class Database;
class EventHub;
class PasswordHasher;
struct ServerConfig;

// The long-lived services a handler may use; owned by Server.
struct ServerServices
{
    Database &db;
    PasswordHasher &hasher;
    EventHub &hub;
    const ServerConfig &config;
};

} // namespace ccr::server

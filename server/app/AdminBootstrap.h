#pragma once

namespace ccr::server {

struct ServerConfig;

// `ccr-server --create-admin EMAIL --first-name F --last-name L`: creates an
// admin, reading the password from stdin (hidden when it is a terminal).
// There is no built-in admin password anywhere. Returns the exit code.
int createAdminFromCommandLine(const ServerConfig &config);

} // namespace ccr::server

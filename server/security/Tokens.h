#pragma once

#include <QString>

namespace ccr::server {

// A fresh session token: 32 random bytes from libsodium, base64url.
QString newSessionToken();
// What the store keeps of a token: BLAKE2b-256, hex. A fast hash is right
// here because the token is already 256 bits of randomness.
QString tokenHash(const QString &token);

} // namespace ccr::server

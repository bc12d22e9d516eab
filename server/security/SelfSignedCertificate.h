#pragma once

#include <QString>

namespace ccr::server {

// Makes an ECDSA P-256 key and a self-signed certificate (ten years) at the
// given paths unless both exist already. Returns an error message, empty on
// success. Clients pin the certificate on first use, so it must not change
// between starts: it is made once and kept in the data directory.
QString ensureSelfSignedCertificate(const QString &keyPath, const QString &certificatePath, const QString &commonName);

} // namespace ccr::server

#pragma once

#include <QHash>
#include <QString>

#include <optional>

class QSslCertificate;

namespace ccr::protocol {

// Trust on first use, as SSH and Mumble do: the first certificate seen for a
// server is pinned by its SHA-256 fingerprint; a different one later is
// refused until the user deliberately forgets the old pin.
class TrustStore
{
public:
    // An empty path keeps pins in memory only (tests, ccr-bench).
    explicit TrustStore(QString filePath = {});

    std::optional<QString> pinnedFingerprint(const QString &server) const;
    void pin(const QString &server, const QString &fingerprint);
    void forget(const QString &server);

    static QString fingerprint(const QSslCertificate &certificate);
    static QString serverKey(const QString &host, quint16 port);

private:
    QString m_filePath;
    QHash<QString, QString> m_memory;
};

} // namespace ccr::protocol

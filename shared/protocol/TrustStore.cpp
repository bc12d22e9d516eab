#include "TrustStore.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSslCertificate>

namespace ccr::protocol {

using namespace Qt::StringLiterals;

TrustStore::TrustStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

std::optional<QString> TrustStore::pinnedFingerprint(const QString &server) const
{
    if (m_filePath.isEmpty()) {
        const auto it = m_memory.constFind(server);
        return it == m_memory.constEnd() ? std::nullopt : std::optional(*it);
    }
    QSettings settings(m_filePath, QSettings::IniFormat);
    const QString value = settings.value(u"servers/"_s + QString::fromLatin1(server.toUtf8().toBase64())).toString();
    return value.isEmpty() ? std::nullopt : std::optional(value);
}

void TrustStore::pin(const QString &server, const QString &fingerprint)
{
    if (m_filePath.isEmpty()) {
        m_memory.insert(server, fingerprint);
        return;
    }
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.setValue(u"servers/"_s + QString::fromLatin1(server.toUtf8().toBase64()), fingerprint);
    settings.sync();
}

void TrustStore::forget(const QString &server)
{
    if (m_filePath.isEmpty()) {
        m_memory.remove(server);
        return;
    }
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.remove(u"servers/"_s + QString::fromLatin1(server.toUtf8().toBase64()));
    settings.sync();
}

QString TrustStore::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    return QString::fromLatin1(digest);
}

QString TrustStore::serverKey(const QString &host, quint16 port)
{
    return host.toLower() + u':' + QString::number(port);
}

} // namespace ccr::protocol

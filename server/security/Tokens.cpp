#include "Tokens.h"

#include <QByteArray>

#include <sodium.h>

namespace ccr::server {

QString newSessionToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    const QByteArray utf8 = token.toUtf8();
    QByteArray digest(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()),
                       reinterpret_cast<const unsigned char *>(utf8.constData()), size_t(utf8.size()), nullptr, 0);
    return QString::fromLatin1(digest.toHex());
}

} // namespace ccr::server

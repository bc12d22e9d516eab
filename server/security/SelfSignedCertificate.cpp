#include "SelfSignedCertificate.h"

#include <QFile>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <memory>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

template <auto Free> struct Deleter
{
    template <typename T> void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(permissions);
    file.write(bytes);
    return file.commit();
}

} // namespace

QString ensureSelfSignedCertificate(const QString &keyPath, const QString &certificatePath, const QString &commonName)
{
    if (QFile::exists(keyPath) && QFile::exists(certificatePath))
        return {};

    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return u"Cannot generate the server key."_s;

    CertPtr certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    // A random serial keeps two generated certificates from ever sharing one.
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return u"Cannot generate a certificate serial number."_s;
    serial[0] &= 0x7f; // positive, as RFC 5280 asks
    BIGNUM *serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(certificate.get()));
    BN_free(serialNumber);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -60 * 60);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 10L * 365 * 24 * 60 * 60);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Customer Care Registry"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0)
        return u"Cannot sign the server certificate."_s;

    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509(certBio.get(), certificate.get()) != 1)
        return u"Cannot encode the server key or certificate."_s;
    if (!writeFile(keyPath, drain(keyBio.get()), QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return u"Cannot write the server key to %1."_s.arg(keyPath);
    if (!writeFile(certificatePath, drain(certBio.get()),
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return u"Cannot write the server certificate to %1."_s.arg(certificatePath);
    return {};
}

} // namespace ccr::server

#include "PasswordHasher.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>
#include <sodium.h>

namespace ccr::server {

PasswordHasher::PasswordHasher(Cost cost)
    : m_opsLimit(cost == Cost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MODERATE)
    , m_memLimit(cost == Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MODERATE)
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(2);
    QByteArray decoy(16, Qt::Uninitialized);
    randombytes_buf(decoy.data(), size_t(decoy.size()));
    m_decoyHash = hashBlocking(QString::fromLatin1(decoy.toBase64()));
}

PasswordHasher::~PasswordHasher()
{
    m_pool->waitForDone();
}

QString PasswordHasher::hashBlocking(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), m_opsLimit, m_memLimit) != 0)
        return {}; // out of memory: the caller reports an internal error
    return QString::fromLatin1(out);
}

bool PasswordHasher::verifyBlocking(const QString &storedHash, const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    const bool useDecoy = storedHash.isEmpty();
    const QByteArray hash = (useDecoy ? m_decoyHash : storedHash).toLatin1();
    const bool matches = crypto_pwhash_str_verify(hash.constData(), utf8.constData(), size_t(utf8.size())) == 0;
    return matches && !useDecoy;
}

QCoro::Task<QString> PasswordHasher::hash(QString password)
{
    QFuture<QString> hashing = QtConcurrent::run(m_pool.get(), [this, password] { return hashBlocking(password); });
    co_return co_await hashing;
}

QCoro::Task<bool> PasswordHasher::verify(QString storedHash, QString password)
{
    QFuture<bool> verifying =
        QtConcurrent::run(m_pool.get(), [this, storedHash, password] { return verifyBlocking(storedHash, password); });
    co_return co_await verifying;
}

} // namespace ccr::server

#pragma once

#include <QString>

#include <qcoro/qcorotask.h>

#include <memory>

class QThreadPool;

namespace ccr::server {

// Argon2id through libsodium. Hashing costs tens of milliseconds by design,
// so it runs on its own small pool, never on the network or database thread.
class PasswordHasher
{
public:
    enum class Cost
    {
        Interactive,
        Moderate
    };
    explicit PasswordHasher(Cost cost = Cost::Interactive);
    ~PasswordHasher();

    QCoro::Task<QString> hash(QString password);
    // Verifying against an empty hash still spends the time of a real check,
    // so a login for an unknown email takes as long as a wrong password.
    QCoro::Task<bool> verify(QString storedHash, QString password);

    QString hashBlocking(const QString &password) const;
    bool verifyBlocking(const QString &storedHash, const QString &password) const;

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
    QString m_decoyHash;
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace ccr::server

#pragma once

#include "TokenVault.h"

namespace QKeychain {
class Job;
}

namespace ccr::client {

// TokenVault on the operating system's keychain through QtKeychain (Secret
// Service or KWallet on Linux, Keychain on macOS, Credential Manager on
// Windows). Its asynchronous jobs are awaited, never waited for. The
// insecure plain-file fallback QtKeychain offers stays off: no keychain
// means Unavailable.
class KeychainTokenVault : public TokenVault
{
    Q_OBJECT
public:
    explicit KeychainTokenVault(QObject *parent = nullptr);

    QCoro::Task<VaultResult> read(QString key) override;
    QCoro::Task<VaultResult> write(QString key, QString token) override;
    QCoro::Task<VaultResult> remove(QString key) override;

private:
    // Starts the job and resolves when it finishes; deletes the job after.
    static QCoro::Task<VaultResult> run(QKeychain::Job *job, QString key);
};

} // namespace ccr::client

#pragma once

#include <app/TokenVault.h>

#include <QMap>

// A TokenVault in memory, for tests of the remembered-login path without an
// OS keychain. Answers on a later turn of the event loop, as a keychain
// does, so the client's waiting states are exercised too.
class InMemoryTokenVault : public ccr::client::TokenVault
{
    Q_OBJECT
public:
    using TokenVault::TokenVault;

    QCoro::Task<ccr::client::VaultResult> read(QString key) override;
    QCoro::Task<ccr::client::VaultResult> write(QString key, QString token) override;
    QCoro::Task<ccr::client::VaultResult> remove(QString key) override;

    QMap<QString, QString> entries;
};

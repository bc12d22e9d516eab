#pragma once

#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

namespace ccr::client {

// The outcome of one vault request.
struct VaultResult
{
    enum class Status
    {
        Ok,          // done; for a read, token holds what was stored
        NotFound,    // the vault works but holds nothing under that key
        Unavailable, // there is no usable vault (no keychain service, access denied, …)
    };
    Status status = Status::Ok;
    QString token;
    // For Unavailable: the platform's own words, for the log.
    QString detail;

    bool ok() const { return status == Status::Ok; }
    bool unavailable() const { return status == Status::Unavailable; }
};

// Where a remembered session token waits between runs: the OS keychain in
// the real client (KeychainTokenVault), memory in tests. Deliberately never
// a file — a token on disk is a password anyone with the disk can use, so
// without a keychain the client simply does not remember. Every request
// finishes later through the event loop; none blocks the GUI thread.
class TokenVault : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QCoro::Task<VaultResult> read(QString key) = 0;
    virtual QCoro::Task<VaultResult> write(QString key, QString token) = 0;
    virtual QCoro::Task<VaultResult> remove(QString key) = 0;
};

} // namespace ccr::client

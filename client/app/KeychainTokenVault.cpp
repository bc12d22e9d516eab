#include "KeychainTokenVault.h"

#include "Logging.h"

#include <QPointer>

#include <qcoro/qcorosignal.h>
#include <qt6keychain/keychain.h>

namespace ccr::client {

using namespace Qt::StringLiterals;

namespace {
const QString kService = u"Customer Care Registry"_s;

VaultResult resultOf(QKeychain::Job &job)
{
    VaultResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        if (auto *reading = qobject_cast<QKeychain::ReadPasswordJob *>(&job))
            result.token = reading->textData();
        return result;
    case QKeychain::EntryNotFound: result.status = VaultResult::Status::NotFound; return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: break;
    }
    result.status = VaultResult::Status::Unavailable;
    result.detail = job.errorString();
    return result;
}
} // namespace

KeychainTokenVault::KeychainTokenVault(QObject *parent)
    : TokenVault(parent)
{
}

QCoro::Task<VaultResult> KeychainTokenVault::run(QKeychain::Job *job, QString key)
{
    // Deleted by us once read: with auto-delete its deferred deletion could
    // race the queued resumption of this coroutine.
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QKeychain::Job> guard(job);
    auto finishing = qCoro(job, &QKeychain::Job::finished);
    job->start();
    co_await finishing;
    if (!guard) // the vault, the job's parent, went first
        co_return VaultResult{VaultResult::Status::Unavailable, {}, u"The keychain request was abandoned."_s};
    const VaultResult result = resultOf(*guard);
    if (result.unavailable())
        qCInfo(lcClientApp) << "keychain unavailable:" << result.detail;
    guard->deleteLater();
    co_return result;
}

QCoro::Task<VaultResult> KeychainTokenVault::read(QString key)
{
    auto reading = run(new QKeychain::ReadPasswordJob(kService, this), key);
    co_return co_await reading;
}

QCoro::Task<VaultResult> KeychainTokenVault::write(QString key, QString token)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setTextData(token);
    auto writing = run(job, key);
    co_return co_await writing;
}

QCoro::Task<VaultResult> KeychainTokenVault::remove(QString key)
{
    auto removing = run(new QKeychain::DeletePasswordJob(kService, this), key);
    co_return co_await removing;
}

} // namespace ccr::client

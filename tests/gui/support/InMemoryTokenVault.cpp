#include "InMemoryTokenVault.h"

#include <qcoro/qcorotimer.h>

using ccr::client::VaultResult;
using namespace std::chrono_literals;

QCoro::Task<VaultResult> InMemoryTokenVault::read(QString key)
{
    auto later = QCoro::sleepFor(0ms);
    co_await later;
    if (!entries.contains(key))
        co_return VaultResult{VaultResult::Status::NotFound, {}, {}};
    co_return VaultResult{VaultResult::Status::Ok, entries.value(key), {}};
}

QCoro::Task<VaultResult> InMemoryTokenVault::write(QString key, QString token)
{
    auto later = QCoro::sleepFor(0ms);
    co_await later;
    entries.insert(key, token);
    co_return VaultResult{};
}

QCoro::Task<VaultResult> InMemoryTokenVault::remove(QString key)
{
    auto later = QCoro::sleepFor(0ms);
    co_await later;
    const bool removed = entries.remove(key) > 0;
    co_return VaultResult{removed ? VaultResult::Status::Ok : VaultResult::Status::NotFound, {}, {}};
}

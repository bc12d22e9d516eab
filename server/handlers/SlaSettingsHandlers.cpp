#include "SlaSettingsHandlers.h"

#include <store/Sql.h>
#include <store/Transaction.h>
#include <tickets/SlaTargets.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

QCoro::Task<Reply> SlaSettingsGetHandler::handle(RequestContext context, QJsonObject) const
{
    auto reading = context.read([](QSqlDatabase &db) {
        return Outcome::of(Reply::success({{u"targets"_s, loadSlaTargets(db).toJson()}}));
    });
    const Outcome outcome = co_await reading;
    co_return outcome.reply;
}

QCoro::Task<Reply> SlaSettingsSetHandler::handle(RequestContext context, QJsonObject json) const
{
    const QJsonValue targets = json.value(u"targets"_s);
    if (!targets.isObject())
        co_return Reply::failure(ErrorCode::InvalidParams, u"'targets' must be an object of priorities."_s,
                                 u"targets"_s);
    const QJsonObject changes = targets.toObject();
    // Checked before the store is touched, so bad input changes nothing.
    if (auto checked = SlaTargets::merged(SlaTargets::defaults(), changes);
        auto *error = std::get_if<protocol::ApiError>(&checked))
        co_return Reply::failure(*error);
    auto writing = context.write([changes](QSqlDatabase &db) {
        Transaction transaction(db);
        auto merged = SlaTargets::merged(loadSlaTargets(db), changes);
        if (auto *error = std::get_if<protocol::ApiError>(&merged))
            return Outcome::of(Reply::failure(*error)); // e.g. first response now after a stored resolution
        const SlaTargets &saved = std::get<SlaTargets>(merged);
        if (!saveSlaTargets(db, saved) || !transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome::of(Reply::success({{u"targets"_s, saved.toJson()}}));
    });
    co_return co_await writing;
}

} // namespace ccr::server

#include "PresenceHandlers.h"

#include "Params.h"

#include <store/Sql.h>
#include <store/Transaction.h>
#include <tickets/PresenceRecords.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

QCoro::Task<Reply> PresenceSetHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString state = params.requiredString(u"state"_s, 16);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (!isChoosablePresence(state))
        co_return Reply::failure(ErrorCode::ValidationFailed, u"Presence is online or away."_s, u"state"_s);
    const domain::UserProfile user = context.user();
    if (user.role != domain::Role::Agent)
        co_return Reply::failure(ErrorCode::Forbidden, u"Only agents take tickets, so only agents have a presence."_s);
    const qint64 agentId = user.id;
    auto writing = context.write([agentId, state](QSqlDatabase &db) {
        Transaction transaction(db);
        if (!writePresence(db, transaction, agentId, state) || !transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome{Reply::success({{u"state"_s, state}}), transaction.takeEvents()};
    });
    co_return co_await writing;
}

QCoro::Task<Reply> PresenceListHandler::handle(RequestContext context, QJsonObject) const
{
    auto reading = context.read([](QSqlDatabase &db) {
        const auto agents = listPresence(db);
        return Outcome::of(agents ? Reply::success({{u"agents"_s, *agents}}) : storeFailure());
    });
    const Outcome outcome = co_await reading;
    co_return outcome.reply;
}

} // namespace ccr::server

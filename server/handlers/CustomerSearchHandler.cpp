#include "CustomerSearchHandler.h"

#include "Params.h"

#include <store/CustomerRecords.h>
#include <store/Sql.h>

#include <QJsonArray>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

namespace {
constexpr int kMaxQuery = 100;
constexpr int kMaxRows = 50;
} // namespace

QCoro::Task<Reply> CustomerSearchHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString text = params.requiredString(u"query"_s, kMaxQuery).trimmed();
    const int limit = int(params.optionalInteger(u"limit"_s, 1, kMaxRows, 20));
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (text.isEmpty())
        co_return Reply::failure(ErrorCode::ValidationFailed, u"Type the start of a name, an email or a phone."_s,
                                 u"query"_s);

    auto reading = context.read([text, limit](QSqlDatabase &db) {
        const auto customers = searchCustomers(db, text, limit);
        if (!customers)
            return Outcome::of(storeFailure());
        QJsonArray rows;
        for (const auto &customer : *customers)
            rows.append(customerCard(customer));
        return Outcome::of(Reply::success({{u"customers"_s, rows}}));
    });
    const Outcome outcome = co_await reading;
    co_return outcome.reply;
}

} // namespace ccr::server

#include "CategoryHandlers.h"

#include "Params.h"

#include <store/CategoryRecords.h>
#include <store/Sql.h>
#include <store/Transaction.h>
#include <validation/TicketRules.h>

#include <QJsonArray>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace field = validation::field;

QCoro::Task<Reply> CategoryListHandler::handle(RequestContext context, QJsonObject) const
{
    const bool activeOnly = !domain::isStaff(context.user().role);
    auto reading = context.read([activeOnly](QSqlDatabase &db) {
        const auto categories = listCategories(db, activeOnly);
        if (!categories)
            return Outcome::of(storeFailure());
        QJsonArray rows;
        for (const auto &category : *categories)
            rows.append(category.toJson());
        return Outcome::of(Reply::success({{u"categories"_s, rows}}));
    });
    const Outcome outcome = co_await reading;
    co_return outcome.reply;
}

QCoro::Task<Reply> CategorySaveHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    Category category;
    category.id = params.optionalInteger(u"id"_s, 1, qint64(1) << 53, 0);
    category.name = params.requiredString(field::name, validation::kMaxCategoryName * 4);
    const QJsonValue active = json.value(u"active"_s);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (!active.isUndefined() && !active.isNull() && !active.isBool())
        co_return Reply::failure(ErrorCode::InvalidParams, u"'active' must be true or false."_s, u"active"_s);
    category.active = active.toBool(true);
    if (const auto errors = validation::validateCategoryName(category.name); !errors.isEmpty())
        co_return Reply::failure(protocol::ApiError{ErrorCode::ValidationFailed, errors.first().message,
                                                    errors.first().field, validation::toJson(errors)});
    category.name = category.name.trimmed();

    auto writing = context.write([category](QSqlDatabase &db) mutable {
        if (category.id > 0 && !loadCategory(db, category.id))
            return Outcome::of(Reply::failure(ErrorCode::NotFound, u"No such category."_s, u"id"_s));
        if (categoryNameTaken(db, category.name, category.id))
            return Outcome::of(
                Reply::failure(ErrorCode::ValidationFailed, u"A category with this name exists."_s, field::name));
        Transaction transaction(db);
        const bool saved = category.id > 0 ? updateCategory(db, category)
                                           : (category.id = insertCategory(db, category.name, category.active)) > 0;
        if (!saved || !transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome::of(Reply::success({{u"category"_s, category.toJson()}}));
    });
    co_return co_await writing;
}

} // namespace ccr::server

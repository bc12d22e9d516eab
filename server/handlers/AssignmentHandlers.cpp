#include "AssignmentHandlers.h"

#include <store/Sql.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>
#include <tickets/AssignmentSettings.h>

#include <QJsonArray>

#include <algorithm>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

namespace {

constexpr qint64 kMaxId = qint64(1) << 53;
constexpr qsizetype kMaxSkills = 500;

bool isId(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    return value.isDouble() && number >= 1 && number <= double(kMaxId) && number == double(qint64(number));
}

} // namespace

QCoro::Task<Reply> AssignmentSettingsGetHandler::handle(RequestContext context, QJsonObject) const
{
    auto reading =
        context.read([](QSqlDatabase &db) { return Outcome::of(Reply::success(loadAssignmentSettings(db).toJson())); });
    const Outcome outcome = co_await reading;
    co_return outcome.reply;
}

QCoro::Task<Reply> AssignmentSettingsSetHandler::handle(RequestContext context, QJsonObject json) const
{
    std::optional<AssignmentSettings::Policy> policy;
    if (json.contains(u"policy"_s)) {
        if (!json.value(u"policy"_s).isString())
            co_return Reply::failure(ErrorCode::InvalidParams, u"'policy' must be a string."_s, u"policy"_s);
        policy = AssignmentSettings::policyFromName(json.value(u"policy"_s).toString());
        if (!policy)
            co_return Reply::failure(ErrorCode::ValidationFailed, u"Policy is off, roundRobin or leastOpen."_s,
                                     u"policy"_s);
    }
    std::optional<bool> useSkills;
    if (json.contains(u"useSkills"_s)) {
        if (!json.value(u"useSkills"_s).isBool())
            co_return Reply::failure(ErrorCode::InvalidParams, u"'useSkills' must be true or false."_s, u"useSkills"_s);
        useSkills = json.value(u"useSkills"_s).toBool();
    }
    auto writing = context.write([policy, useSkills](QSqlDatabase &db) {
        Transaction transaction(db);
        AssignmentSettings settings = loadAssignmentSettings(db);
        settings.policy = policy.value_or(settings.policy);
        settings.useSkills = useSkills.value_or(settings.useSkills);
        if (!saveAssignmentSettings(db, settings) || !transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome::of(Reply::success(settings.toJson()));
    });
    co_return co_await writing;
}

QCoro::Task<Reply> AgentSetSkillsHandler::handle(RequestContext context, QJsonObject json) const
{
    if (!isId(json.value(u"agentId"_s)))
        co_return Reply::failure(ErrorCode::InvalidParams, u"'agentId' must be a positive whole number."_s,
                                 u"agentId"_s);
    const qint64 agentId = json.value(u"agentId"_s).toInteger();
    const QJsonValue idsValue = json.value(u"categoryIds"_s);
    if (!idsValue.isArray() || idsValue.toArray().size() > kMaxSkills)
        co_return Reply::failure(ErrorCode::InvalidParams,
                                 u"'categoryIds' must be a list of at most %1 category ids."_s.arg(kMaxSkills),
                                 u"categoryIds"_s);
    QList<qint64> categoryIds;
    for (const auto &value : idsValue.toArray()) {
        if (!isId(value))
            co_return Reply::failure(ErrorCode::InvalidParams, u"Category ids are positive whole numbers."_s,
                                     u"categoryIds"_s);
        if (!categoryIds.contains(value.toInteger()))
            categoryIds.append(value.toInteger());
    }
    std::sort(categoryIds.begin(), categoryIds.end());

    auto writing = context.write([agentId, categoryIds](QSqlDatabase &db) {
        const auto agent = loadUserById(db, agentId);
        if (!agent || agent->profile.role != domain::Role::Agent || !agent->active())
            return Outcome::of(
                Reply::failure(ErrorCode::ValidationFailed, u"Skills belong to active agents."_s, u"agentId"_s));
        for (qint64 categoryId : categoryIds) {
            QSqlQuery exists = prepare(db, u"SELECT 1 FROM categories WHERE id = ?"_s);
            exists.addBindValue(categoryId);
            if (!exec(exists))
                return Outcome::of(storeFailure());
            if (!exists.next())
                return Outcome::of(Reply::failure(ErrorCode::ValidationFailed,
                                                  u"There is no category %1."_s.arg(categoryId), u"categoryIds"_s));
        }
        Transaction transaction(db);
        QSqlQuery clear = prepare(db, u"DELETE FROM agent_skills WHERE agent_id = ?"_s);
        clear.addBindValue(agentId);
        if (!exec(clear))
            return Outcome::of(storeFailure());
        for (qint64 categoryId : categoryIds) {
            QSqlQuery insert = prepare(db, u"INSERT INTO agent_skills (agent_id, category_id) VALUES (?, ?)"_s);
            insert.addBindValue(agentId);
            insert.addBindValue(categoryId);
            if (!exec(insert))
                return Outcome::of(storeFailure());
        }
        if (!transaction.commit())
            return Outcome::of(storeFailure());
        QJsonArray ids;
        for (qint64 categoryId : categoryIds)
            ids.append(categoryId);
        return Outcome::of(Reply::success({{u"agentId"_s, agentId}, {u"categoryIds"_s, ids}}));
    });
    co_return co_await writing;
}

} // namespace ccr::server

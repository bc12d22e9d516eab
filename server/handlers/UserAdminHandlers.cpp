#include "UserAdminHandlers.h"

#include "AccountMail.h"
#include "Params.h"

#include <app/ServerConfig.h>
#include <net/SessionDirectory.h>
#include <protocol/Messages.h>
#include <store/SessionRecords.h>
#include <store/Sql.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>
#include <validation/Rules.h>

#include <QJsonArray>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace field = validation::field;

namespace {

Reply notFound()
{
    return Reply::failure(ErrorCode::NotFound, u"No such user."_s, u"userId"_s);
}

// reason by value: a coroutine outlives its caller's temporaries, and a
// reference to one dangled (the goodbye went out with an empty message).
QCoro::Task<Reply> endSessions(RequestContext context, qint64 userId, QString reason)
{
    auto writing = context.write([userId](QSqlDatabase &db) {
        return Outcome::of(revokeAllSessions(db, userId) ? Reply::success() : storeFailure());
    });
    const Reply revoked = co_await writing;
    if (revoked.ok()) {
        const int closed = context.services->sessions.endSessionsOf(userId, reason);
        co_return Reply::success({{u"connectionsClosed"_s, closed}});
    }
    co_return revoked;
}

} // namespace

QCoro::Task<Reply> UserInviteHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString roleText = params.requiredString(u"role"_s, 16);
    validation::Registration registration;
    registration.firstName = params.requiredString(field::firstName, 1000);
    registration.lastName = params.requiredString(field::lastName, 1000);
    registration.email = params.requiredString(field::email, 1000);
    const QString language = params.optionalString(u"language"_s, 8);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    const auto role = domain::roleFromName(roleText);
    if (!role || *role == domain::Role::Customer)
        co_return Reply::failure(ErrorCode::ValidationFailed, u"Invite an agent or an admin."_s, u"role"_s);
    // The password comes later from the invited person; check the rest.
    registration.password = registration.passwordConfirmation = QString(validation::kMinPassword, u'x');
    if (const auto errors = validation::validate(registration); !errors.isEmpty())
        co_return Reply::failure(protocol::ApiError{ErrorCode::ValidationFailed, errors.first().message,
                                                    errors.first().field, validation::toJson(errors)});

    domain::UserProfile profile;
    profile.role = *role;
    profile.email = validation::normalizedEmail(registration.email);
    profile.firstName = registration.firstName.trimmed();
    profile.lastName = registration.lastName.trimmed();
    profile.language = validation::isSupportedLanguage(language) ? language : u"en"_s;
    profile.state = domain::AccountState::Invited;
    const QString mailDomain = context.services->config.mailDomain;
    auto writing = context.write([profile, mailDomain](QSqlDatabase &db) mutable {
        if (emailExists(db, profile.email))
            return Outcome::of(
                Reply::failure(ErrorCode::EmailTaken, u"An account with this email already exists."_s, field::email));
        Transaction transaction(db);
        profile.id = insertUser(db, profile, QString()); // no password until the invitation is accepted
        if (profile.id == 0
            || !queueCodeMail(db, profile, CodePurpose::Invitation, MailTemplate::AgentInvitation, mailDomain)
            || !transaction.recordEvent(protocol::events::userChanged, profile.toJson(), profile.id)
            || !transaction.commit())
            return Outcome::of(storeFailure());
        Outcome outcome{Reply::success({{u"user"_s, profile.toJson()}}), transaction.takeEvents()};
        outcome.mailQueued = true;
        return outcome;
    });
    co_return co_await writing;
}

QCoro::Task<Reply> UserListHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString role = params.optionalString(u"role"_s, 16);
    const QString state = params.optionalString(u"state"_s, 16);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    UserListQuery query;
    if (!role.isEmpty() && !(query.role = domain::roleFromName(role)))
        co_return Reply::failure(ErrorCode::InvalidParams, u"Unknown role."_s, u"role"_s);
    if (!state.isEmpty() && !(query.state = domain::accountStateFromName(state)))
        co_return Reply::failure(ErrorCode::InvalidParams, u"Unknown state."_s, u"state"_s);
    auto reading = context.read([query](QSqlDatabase &db) {
        const auto users = listUsers(db, query);
        if (!users)
            return Outcome::of(storeFailure());
        QJsonArray rows;
        for (const auto &user : *users)
            rows.append(user.toJson());
        return Outcome::of(Reply::success({{u"users"_s, rows}}));
    });
    const Outcome listed = co_await reading;
    co_return listed.reply;
}

QCoro::Task<Reply> UserSetStateHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 userId = params.optionalInteger(u"userId"_s, 1, std::numeric_limits<qint64>::max() / 2, 0);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (userId == 0)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'userId' is required."_s, u"userId"_s);
    if (userId == context.user().id)
        co_return Reply::failure(ErrorCode::Forbidden, u"You cannot change your own account's state."_s, u"userId"_s);

    const auto from = m_from;
    const auto to = m_to;
    auto writing = context.write([userId, from, to](QSqlDatabase &db) {
        auto user = loadUserById(db, userId);
        if (!user)
            return Outcome::of(notFound());
        // Customers are not approved or rejected; only staff accounts wait.
        const bool staffOnly = to != domain::AccountState::Deactivated && to != domain::AccountState::Active;
        if (!from.contains(user->profile.state) || (staffOnly && !domain::isStaff(user->profile.role)))
            return Outcome::of(Reply::failure(
                ErrorCode::ValidationFailed,
                u"The account is %1; that change is not possible."_s.arg(domain::accountStateName(user->profile.state)),
                u"userId"_s));
        Transaction transaction(db);
        user->profile.state = to;
        if (to == domain::AccountState::Active && domain::isStaff(user->profile.role))
            user->profile.emailConfirmed = true;
        if (!setUserState(db, userId, to) || (user->profile.emailConfirmed && !setEmailConfirmed(db, userId))
            || (to != domain::AccountState::Active && !revokeAllSessions(db, userId))
            || !transaction.recordEvent(protocol::events::userChanged, user->profile.toJson(), userId)
            || !transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome{Reply::success({{u"user"_s, user->profile.toJson()}}), transaction.takeEvents()};
    });
    const Reply changed = co_await writing;
    if (changed.ok() && to != domain::AccountState::Active)
        context.services->sessions.endSessionsOf(userId, u"An administrator ended this account's access."_s);
    else if (changed.ok())
        context.services->sessions.refreshUser(
            domain::UserProfile::fromJson(changed.result.value(u"user"_s).toObject()));
    co_return changed;
}

QCoro::Task<Reply> UserEndSessionsHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 userId = params.optionalInteger(u"userId"_s, 1, std::numeric_limits<qint64>::max() / 2, 0);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (userId == 0)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'userId' is required."_s, u"userId"_s);
    auto ending = endSessions(context, userId, u"An administrator logged you out."_s);
    co_return co_await ending;
}

} // namespace ccr::server

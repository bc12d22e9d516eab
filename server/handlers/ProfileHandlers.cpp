#include "ProfileHandlers.h"

#include "Params.h"
#include "RateLimit.h"

#include <net/AttemptThrottle.h>
#include <net/SessionDirectory.h>
#include <protocol/Messages.h>
#include <security/PasswordHasher.h>
#include <store/SessionRecords.h>
#include <store/Sql.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>
#include <validation/Rules.h>

#include <QRegularExpression>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace field = validation::field;

namespace {

Outcome profileOf(QSqlDatabase &db, qint64 userId)
{
    const auto user = loadUserById(db, userId);
    if (!user)
        return Outcome::of(storeFailure());
    return Outcome::of(
        Reply::success({{u"user"_s, user->profile.toJson()}, {u"optionalMail"_s, wantsOptionalMail(db, userId)}}));
}

} // namespace

QCoro::Task<Reply> ProfileGetHandler::handle(RequestContext context, QJsonObject) const
{
    auto reading = context.read([userId = context.user().id](QSqlDatabase &db) { return profileOf(db, userId); });
    const Outcome outcome = co_await reading;
    co_return outcome.reply;
}

QCoro::Task<Reply> ProfileUpdateHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    domain::UserProfile profile = context.user();
    const QString firstName = params.optionalString(field::firstName, 1000);
    const QString lastName = params.optionalString(field::lastName, 1000);
    const QString phone = params.optionalString(u"phone"_s, 1000);
    const QString language = params.optionalString(u"language"_s, 8);
    if (json.contains(u"optionalMail"_s) && !json.value(u"optionalMail"_s).isBool())
        co_return Reply::failure(ErrorCode::InvalidParams, u"'optionalMail' must be true or false."_s,
                                 u"optionalMail"_s);
    if (auto error = params.error())
        co_return Reply::failure(*error);

    validation::FieldErrors errors;
    if (json.contains(field::firstName) || json.contains(field::lastName)) {
        // Reuse the registration rules for the name fields only.
        validation::Registration names{json.contains(field::firstName) ? firstName : profile.firstName,
                                       json.contains(field::lastName) ? lastName : profile.lastName, profile.email,
                                       QString(validation::kMinPassword, u'x'),
                                       QString(validation::kMinPassword, u'x')};
        for (const auto &error : validation::validate(names)) {
            if (error.field == field::firstName || error.field == field::lastName)
                errors.append(error);
        }
        profile.firstName = names.firstName.trimmed();
        profile.lastName = names.lastName.trimmed();
    }
    if (json.contains(u"phone"_s)) {
        static const QRegularExpression phonePattern(uR"(^\+?[0-9 ()./-]{0,30}$)"_s);
        if (!phonePattern.match(phone.trimmed()).hasMatch())
            errors.append({u"phone"_s, u"Use digits, spaces and + ( ) - only."_s});
        profile.phone = phone.trimmed();
    }
    if (json.contains(u"language"_s)) {
        if (!validation::isSupportedLanguage(language))
            errors.append({u"language"_s, u"Choose English (en), Tamil (ta) or Hindi (hi)."_s});
        profile.language = language;
    }
    if (!errors.isEmpty())
        co_return Reply::failure(protocol::ApiError{ErrorCode::ValidationFailed, errors.first().message,
                                                    errors.first().field, validation::toJson(errors)});

    const std::optional<bool> optionalMail =
        json.contains(u"optionalMail"_s) ? std::optional(json.value(u"optionalMail"_s).toBool()) : std::nullopt;
    auto writing = context.write([profile, optionalMail](QSqlDatabase &db) {
        Transaction transaction(db);
        const bool wants = optionalMail.value_or(wantsOptionalMail(db, profile.id));
        if (!updateProfile(db, profile, wants)
            || !transaction.recordEvent(protocol::events::userChanged, profile.toJson(), profile.id)
            || !transaction.commit())
            return Outcome::of(storeFailure());
        Outcome outcome = profileOf(db, profile.id);
        outcome.events = transaction.takeEvents();
        return outcome;
    });
    const Reply updated = co_await writing;
    if (updated.ok())
        context.services->sessions.refreshUser(domain::UserProfile::fromJson(updated.result[u"user"_s].toObject()));
    co_return updated;
}

QCoro::Task<Reply> ProfileChangePasswordHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const QString oldPassword = params.requiredString(u"oldPassword"_s, validation::kMaxPassword);
    const QString password = params.requiredString(field::password, 4096);
    const QString confirmation = params.requiredString(field::passwordConfirmation, 4096);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (const auto errors = validation::validatePassword(password, confirmation); !errors.isEmpty())
        co_return Reply::failure(protocol::ApiError{ErrorCode::ValidationFailed, errors.first().message,
                                                    errors.first().field, validation::toJson(errors)});

    const qint64 userId = context.user().id;
    AttemptThrottle &throttle = context.services->throttle;
    const QStringList keys{AttemptThrottle::accountKey(context.user().email),
                           AttemptThrottle::addressKey(context.session->peerAddress)};
    if (const int wait = throttle.waitSeconds(keys); wait > 0)
        co_return tooManyAttempts(wait);

    auto reading = context.read([userId](QSqlDatabase &db) {
        const auto user = loadUserById(db, userId);
        return Outcome::of(user ? Reply::success({{u"hash"_s, user->passwordHash}}) : storeFailure());
    });
    const Outcome stored = co_await reading;
    if (!stored.reply.ok())
        co_return stored.reply;
    auto verifying = context.services->hasher.verify(stored.reply.result[u"hash"_s].toString(), oldPassword);
    if (!co_await verifying) {
        throttle.recordFailure(keys);
        co_return Reply::failure(ErrorCode::InvalidCredentials, u"The current password is not right."_s,
                                 u"oldPassword"_s);
    }
    auto hashing = context.services->hasher.hash(password);
    const QString hash = co_await hashing;
    const QString keepSession = context.session->tokenHash;
    auto writing = context.write([userId, hash, keepSession](QSqlDatabase &db) {
        Transaction transaction(db);
        QSqlQuery others = prepare(db, u"UPDATE sessions SET revoked = 1 WHERE user_id = ? AND token_hash <> ?"_s);
        others.addBindValue(userId);
        others.addBindValue(keepSession);
        if (hash.isEmpty() || !setPasswordHash(db, userId, hash) || !exec(others) || !transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome::of(Reply::success());
    });
    co_return co_await writing;
}

} // namespace ccr::server

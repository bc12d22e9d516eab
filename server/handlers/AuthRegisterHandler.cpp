#include "AuthRegisterHandler.h"

#include "Params.h"

#include <security/PasswordHasher.h>
#include <store/Sql.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>
#include <validation/Rules.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace field = validation::field;

namespace {

Reply emailTaken()
{
    return Reply::failure(ErrorCode::EmailTaken, u"An account with this email already exists."_s, field::email);
}

} // namespace

QCoro::Task<Reply> AuthRegisterHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    validation::Registration registration;
    // Generous transport limits; the domain limits are checked by validate().
    registration.firstName = params.requiredString(field::firstName, 1000);
    registration.lastName = params.requiredString(field::lastName, 1000);
    registration.email = params.requiredString(field::email, 1000);
    registration.password = params.requiredString(field::password, 4096);
    registration.passwordConfirmation = params.requiredString(field::passwordConfirmation, 4096);
    if (auto error = params.error())
        co_return Reply::failure(*error);

    if (const auto errors = validation::validate(registration); !errors.isEmpty()) {
        protocol::ApiError error{ErrorCode::ValidationFailed, errors.first().message, errors.first().field,
                                 validation::toJson(errors)};
        co_return Reply::failure(error);
    }

    domain::UserProfile profile;
    profile.role = domain::Role::Customer;
    profile.email = validation::normalizedEmail(registration.email);
    profile.firstName = registration.firstName.trimmed();
    profile.lastName = registration.lastName.trimmed();

    auto hashing = context.services->hasher.hash(registration.password);
    const QString hash = co_await hashing;
    if (hash.isEmpty())
        co_return storeFailure();

    auto writing = context.write([profile, hash](QSqlDatabase &db) mutable {
        if (emailExists(db, profile.email))
            return Outcome::of(emailTaken());
        Transaction transaction(db);
        profile.id = insertUser(db, profile, hash);
        if (profile.id == 0 || !transaction.commit())
            return Outcome::of(emailExists(db, profile.email) ? emailTaken() : storeFailure());
        return Outcome::of(Reply::success({{u"user"_s, profile.toJson()}}));
    });
    co_return co_await writing;
}

} // namespace ccr::server

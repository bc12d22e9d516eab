#include "AuthRegisterHandler.h"

#include "AccountMail.h"
#include "Params.h"

#include <app/ServerConfig.h>
#include <protocol/Messages.h>
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
    const QString language = params.optionalString(u"language"_s, 8);
    if (auto error = params.error())
        co_return Reply::failure(*error);

    if (const auto errors = validation::validate(registration); !errors.isEmpty()) {
        protocol::ApiError error{ErrorCode::ValidationFailed, errors.first().message, errors.first().field,
                                 validation::toJson(errors)};
        co_return Reply::failure(error);
    }

    domain::UserProfile profile;
    profile.role = m_role;
    profile.email = validation::normalizedEmail(registration.email);
    profile.firstName = registration.firstName.trimmed();
    profile.lastName = registration.lastName.trimmed();
    profile.language = validation::isSupportedLanguage(language) ? language : u"en"_s;
    profile.state = m_role == domain::Role::Customer ? domain::AccountState::Active : domain::AccountState::Pending;

    auto hashing = context.services->hasher.hash(registration.password);
    const QString hash = co_await hashing;
    if (hash.isEmpty())
        co_return storeFailure();

    const QString mailDomain = context.services->config.mailDomain;
    auto writing = context.write([profile, hash, mailDomain](QSqlDatabase &db) mutable {
        if (emailExists(db, profile.email))
            return Outcome::of(emailTaken());
        Transaction transaction(db);
        profile.id = insertUser(db, profile, hash);
        if (profile.id == 0)
            return Outcome::of(emailExists(db, profile.email) ? emailTaken() : storeFailure());
        const bool customer = profile.role == domain::Role::Customer;
        // Customers prove their address; agents are vouched for by the
        // admin who approves them, and admins are told of the request.
        const bool prepared =
            customer ? queueCodeMail(db, profile, CodePurpose::ConfirmEmail, MailTemplate::ConfirmEmail, mailDomain)
                     : transaction.recordEvent(protocol::events::userChanged, profile.toJson(), profile.id);
        if (!prepared || !transaction.commit())
            return Outcome::of(storeFailure());
        Outcome outcome{Reply::success({{u"user"_s, profile.toJson()}}), transaction.takeEvents()};
        outcome.mailQueued = customer;
        return outcome;
    });
    co_return co_await writing;
}

} // namespace ccr::server

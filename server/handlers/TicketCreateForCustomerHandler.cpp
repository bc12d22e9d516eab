#include "TicketCreateForCustomerHandler.h"

#include "AccountMail.h"
#include "Params.h"
#include "TicketCreation.h"

#include <app/ServerConfig.h>
#include <protocol/Messages.h>
#include <store/CustomerRecords.h>
#include <store/Sql.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>
#include <validation/Rules.h>
#include <validation/TicketRules.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace field = validation::field;

namespace {

const QString kNewCustomer = u"newCustomer"_s;

QString nested(const QString &name)
{
    return kNewCustomer + u'.' + name;
}

// The new customer's details, checked by the registration rules (names,
// email) and the phone rule; error fields are named "newCustomer.<field>".
std::optional<Reply> readNewCustomer(const QJsonObject &json, domain::UserProfile *profile)
{
    Params params(json);
    validation::Registration registration;
    registration.firstName = params.requiredString(field::firstName, 1000);
    registration.lastName = params.requiredString(field::lastName, 1000);
    registration.email = params.requiredString(field::email, 1000);
    const QString phone = params.optionalString(field::phone, validation::kMaxPhone * 4).trimmed();
    const QString language = params.optionalString(u"language"_s, 8);
    if (auto error = params.error()) {
        error->field = nested(error->field);
        return Reply::failure(*error);
    }
    // The password comes later, from the customer claiming the account.
    registration.password = registration.passwordConfirmation = QString(validation::kMinPassword, u'x');
    validation::FieldErrors errors = validation::validate(registration);
    if (!validation::isValidPhone(phone))
        errors.append({field::phone, u"Use digits, spaces, +, - and brackets only, at most 32 characters."_s});
    if (!errors.isEmpty()) {
        for (auto &error : errors)
            error.field = nested(error.field);
        return Reply::failure(protocol::ApiError{ErrorCode::ValidationFailed, errors.first().message,
                                                 errors.first().field, validation::toJson(errors)});
    }
    profile->role = domain::Role::Customer;
    profile->email = validation::normalizedEmail(registration.email);
    profile->firstName = registration.firstName.trimmed();
    profile->lastName = registration.lastName.trimmed();
    profile->phone = phone;
    profile->language = validation::isSupportedLanguage(language) ? language : u"en"_s;
    profile->state = domain::AccountState::Invited; // no password until they claim it
    return std::nullopt;
}

} // namespace

QCoro::Task<Reply> TicketCreateForCustomerHandler::handle(RequestContext context, QJsonObject json) const
{
    NewTicketRow ticket;
    if (auto refusal = readTicketFields(json, &ticket))
        co_return *refusal;
    Params params(json);
    const qint64 customerId = params.optionalInteger(u"customerId"_s, 1, qint64(1) << 53, 0);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    const QJsonValue newCustomerJson = json.value(kNewCustomer);
    const bool hasNewCustomer = !newCustomerJson.isUndefined() && !newCustomerJson.isNull();
    if ((customerId > 0) == hasNewCustomer)
        co_return Reply::failure(ErrorCode::InvalidParams, u"Give either 'customerId' or 'newCustomer'."_s,
                                 u"customerId"_s);
    domain::UserProfile newCustomer;
    if (hasNewCustomer) {
        if (!newCustomerJson.isObject())
            co_return Reply::failure(ErrorCode::InvalidParams, u"'newCustomer' must be an object."_s, kNewCustomer);
        if (auto refusal = readNewCustomer(newCustomerJson.toObject(), &newCustomer))
            co_return *refusal;
    }
    ticket.createdById = context.user().id;

    const QString mailDomain = context.services->config.mailDomain;
    auto writing = context.write([ticket, customerId, newCustomer, mailDomain](QSqlDatabase &db) mutable {
        Transaction transaction(db);
        domain::UserProfile customer;
        if (customerId > 0) {
            const auto record = loadUserById(db, customerId);
            if (!record || record->profile.role != domain::Role::Customer)
                return Outcome::of(Reply::failure(ErrorCode::NotFound, u"No such customer."_s, u"customerId"_s));
            if (record->profile.state != domain::AccountState::Active
                && record->profile.state != domain::AccountState::Invited)
                return Outcome::of(Reply::failure(ErrorCode::ValidationFailed,
                                                  u"This customer's account is closed; it cannot get new tickets."_s,
                                                  u"customerId"_s));
            customer = record->profile;
        } else {
            if (emailExists(db, newCustomer.email))
                return Outcome::of(Reply::failure(ErrorCode::EmailTaken,
                                                  u"A customer with this email exists; search for them instead."_s,
                                                  nested(field::email)));
            newCustomer.id = insertUser(db, newCustomer, QString());
            if (newCustomer.id == 0
                || !queueCodeMail(db, newCustomer, CodePurpose::Invitation, MailTemplate::CustomerInvitation,
                                  mailDomain)
                || !transaction.recordEvent(protocol::events::userChanged, newCustomer.toJson(), newCustomer.id))
                return Outcome::of(storeFailure());
            customer = newCustomer;
        }
        ticket.customerId = customer.id;
        const CreatedTicket created = createTicketInTransaction(db, transaction, ticket, mailDomain);
        if (!created.ticket)
            return Outcome::of(created.failure);
        if (!transaction.commit())
            return Outcome::of(storeFailure());
        Outcome outcome{Reply::success({{u"ticket"_s, created.ticket->toJson()},
                                        {u"customer"_s, customerCard(customer)},
                                        {u"customerCreated"_s, customerId == 0}}),
                        transaction.takeEvents()};
        outcome.mailQueued = customerId == 0;
        return outcome;
    });
    co_return co_await writing;
}

} // namespace ccr::server

#include "CannedResponseHandlers.h"

#include "Params.h"
#include "TicketAccess.h"

#include <domain/CannedText.h>
#include <store/CannedRecords.h>
#include <store/Sql.h>
#include <store/TicketRecords.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>
#include <validation/Rules.h>

#include <QJsonArray>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace placeholder = domain::placeholder;

namespace {

constexpr qint64 kMaxId = std::numeric_limits<qint64>::max() / 2;
constexpr qint64 kMaxPerOwner = 500; // per person, and for the shared set

Reply noSuchResponse()
{
    return Reply::failure(ErrorCode::NotFound, u"There is no such canned response."_s, u"id"_s);
}

// Others' personal responses do not exist for the caller.
bool maySee(const domain::UserProfile &user, const CannedResponse &response)
{
    return response.shared() || response.ownerId == user.id;
}

// Personal: its owner. Shared: admins.
bool mayEdit(const domain::UserProfile &user, const CannedResponse &response)
{
    return response.shared() ? user.role == domain::Role::Admin : response.ownerId == user.id;
}

Reply sharedIsForAdmins()
{
    return Reply::failure(ErrorCode::Forbidden, u"Only admins change shared canned responses."_s, u"shared"_s);
}

} // namespace

QCoro::Task<Reply> CannedListHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 ticketId = params.optionalInteger(u"ticketId"_s, 1, kMaxId, 0);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    const domain::UserProfile viewer = context.user();
    auto reading = context.read([ticketId, viewer](QSqlDatabase &db) {
        const auto responses = listCannedResponses(db, viewer.id);
        if (!responses)
            return Outcome::of(storeFailure());
        QJsonArray rows;
        for (const auto &response : *responses)
            rows.append(response.toJson());
        QJsonObject result{{u"responses"_s, rows}};
        if (ticketId != 0) {
            const auto ticket = loadTicketSummary(db, ticketId);
            if (!ticket || !server::maySee(viewer, *ticket))
                return Outcome::of(noSuchTicket());
            const auto customer = loadUserById(db, ticket->customerId);
            if (!customer)
                return Outcome::of(storeFailure());
            result.insert(u"values"_s, QJsonObject{{placeholder::customerFirstName, customer->profile.firstName},
                                                   {placeholder::customerLastName, customer->profile.lastName},
                                                   {placeholder::agentFirstName, viewer.firstName},
                                                   {placeholder::ticketId, QString::number(ticket->id)},
                                                   {placeholder::ticketSubject, ticket->subject}});
        }
        return Outcome::of(Reply::success(result));
    });
    const Outcome outcome = co_await reading;
    co_return outcome.reply;
}

QCoro::Task<Reply> CannedSaveHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 id = params.optionalInteger(u"id"_s, 1, kMaxId, 0);
    validation::CannedResponseText text;
    text.title = params.requiredString(validation::field::title, validation::kMaxCannedTitle * 4);
    text.body = params.requiredString(validation::field::body, validation::kMaxMessageBody * 2);
    const QJsonValue sharedValue = json.value(u"shared"_s);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (!sharedValue.isUndefined() && !sharedValue.isBool())
        co_return Reply::failure(ErrorCode::InvalidParams, u"'shared' must be true or false."_s, u"shared"_s);
    if (const auto errors = validation::validate(text); !errors.isEmpty())
        co_return Reply::failure(protocol::ApiError{ErrorCode::ValidationFailed, errors.first().message,
                                                    errors.first().field, validation::toJson(errors)});
    const domain::UserProfile editor = context.user();
    const bool shared = sharedValue.toBool(false);
    if (shared && editor.role != domain::Role::Admin)
        co_return sharedIsForAdmins();

    CannedResponse wanted{id, shared ? 0 : editor.id, text.title.trimmed(), text.body};
    auto writing = context.write([wanted, editor](QSqlDatabase &db) {
        CannedResponse saved = wanted;
        if (wanted.id != 0) {
            const auto existing = loadCannedResponse(db, wanted.id);
            if (!existing || !maySee(editor, *existing))
                return Outcome::of(noSuchResponse());
            if (!mayEdit(editor, *existing))
                return Outcome::of(sharedIsForAdmins());
        } else {
            const auto count = countCannedResponses(db, wanted.ownerId);
            if (!count)
                return Outcome::of(storeFailure());
            if (*count >= kMaxPerOwner)
                return Outcome::of(
                    Reply::failure(ErrorCode::ValidationFailed,
                                   u"There are already %1 canned responses; delete some first."_s.arg(kMaxPerOwner)));
        }
        Transaction transaction(db);
        if (wanted.id != 0) {
            if (!updateCannedResponse(db, wanted))
                return Outcome::of(storeFailure());
        } else {
            const auto newId = insertCannedResponse(db, wanted);
            if (!newId)
                return Outcome::of(storeFailure());
            saved.id = *newId;
        }
        if (!transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome::of(Reply::success({{u"response"_s, saved.toJson()}}));
    });
    co_return co_await writing;
}

QCoro::Task<Reply> CannedDeleteHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    const qint64 id = params.optionalInteger(u"id"_s, 1, kMaxId, 0);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    if (id == 0)
        co_return Reply::failure(ErrorCode::InvalidParams, u"'id' is required."_s, u"id"_s);
    const domain::UserProfile editor = context.user();
    auto writing = context.write([id, editor](QSqlDatabase &db) {
        const auto existing = loadCannedResponse(db, id);
        if (!existing || !maySee(editor, *existing))
            return Outcome::of(noSuchResponse());
        if (!mayEdit(editor, *existing))
            return Outcome::of(sharedIsForAdmins());
        Transaction transaction(db);
        if (!deleteCannedResponse(db, id) || !transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome::of(Reply::success({}));
    });
    co_return co_await writing;
}

} // namespace ccr::server

#include "ErrorText.h"

namespace ccr::client {

using protocol::ErrorCode;

validation::FieldErrors ErrorText::fieldErrors(const protocol::ApiError &error)
{
    validation::FieldErrors errors = validation::fieldErrorsFromJson(error.details);
    if (errors.isEmpty() && !error.field.isEmpty())
        errors.append({error.field, describe(error)});
    return errors;
}

QString ErrorText::describe(const protocol::ApiError &error)
{
    if (error.code == ErrorCode::RateLimited && error.retryAfterSeconds > 0)
        return waitMessage(error.retryAfterSeconds);
    return error.message;
}

QString ErrorText::waitMessage(int seconds)
{
    return tr("Too many attempts. Wait %n second(s), then try again.", nullptr, seconds);
}

} // namespace ccr::client

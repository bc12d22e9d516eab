#include "ErrorText.h"

#include <QCoreApplication>

namespace ccr::client {

using protocol::ErrorCode;

namespace {
// The server checks input with the same shared rules as the client and words
// its complaints with their English source texts; those read in the user's
// language here. Other server messages stay as the server wrote them.
QString inUserLanguage(const QString &serverText)
{
    const QByteArray source = serverText.toUtf8();
    return QCoreApplication::translate("ccr::validation", source.constData());
}
} // namespace

validation::FieldErrors ErrorText::fieldErrors(const protocol::ApiError &error)
{
    validation::FieldErrors errors = validation::fieldErrorsFromJson(error.details);
    for (validation::FieldError &fieldError : errors)
        fieldError.message = inUserLanguage(fieldError.message);
    if (errors.isEmpty() && !error.field.isEmpty())
        errors.append({error.field, describe(error)});
    return errors;
}

QString ErrorText::describe(const protocol::ApiError &error)
{
    if (error.code == ErrorCode::RateLimited && error.retryAfterSeconds > 0)
        return waitMessage(error.retryAfterSeconds);
    return inUserLanguage(error.message);
}

QString ErrorText::waitMessage(int seconds)
{
    return tr("Too many attempts. Wait %n second(s), then try again.", nullptr, seconds);
}

} // namespace ccr::client

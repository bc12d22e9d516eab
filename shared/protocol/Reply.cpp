#include "Reply.h"

#include "Fields.h"

namespace ccr::protocol {

QJsonObject ApiError::toJson() const
{
    QJsonObject json{{fields::code, errorCodeName(code)}, {fields::message, message}};
    if (!field.isEmpty())
        json.insert(fields::field, field);
    if (!details.isEmpty())
        json.insert(fields::details, details);
    if (retryAfterSeconds > 0)
        json.insert(fields::retryAfter, retryAfterSeconds);
    return json;
}

ApiError ApiError::fromJson(const QJsonObject &json)
{
    return ApiError{errorCodeFromName(json.value(fields::code).toString()), json.value(fields::message).toString(),
                    json.value(fields::field).toString(), json.value(fields::details).toArray(),
                    json.value(fields::retryAfter).toInt()};
}

} // namespace ccr::protocol

#pragma once

#include "ErrorCode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ccr::protocol {

// A typed error as it travels: code, a human message, and the offending input
// field when there is one. "details" lists further field errors (registration
// reports every broken rule at once).
struct ApiError
{
    ErrorCode code = ErrorCode::InternalError;
    QString message;
    QString field;
    QJsonArray details;
    int retryAfterSeconds = 0; // with rate_limited: when to try again

    QJsonObject toJson() const;
    static ApiError fromJson(const QJsonObject &json);
};

// The outcome of one request: a result object or an error.
struct Reply
{
    QJsonObject result;
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
    static Reply success(QJsonObject result = {}) { return Reply{std::move(result), std::nullopt}; }
    static Reply failure(ErrorCode code, QString message, QString field = {})
    {
        return Reply{{}, ApiError{code, std::move(message), std::move(field), {}, 0}};
    }
    static Reply failure(ApiError error) { return Reply{{}, std::move(error)}; }
};

} // namespace ccr::protocol

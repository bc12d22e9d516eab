#pragma once

#include <protocol/Reply.h>
#include <validation/FieldError.h>

#include <QCoreApplication>
#include <QString>

namespace ccr::client {

// How a server error reads in a form: the field errors to place beside
// their inputs, and one sentence for the rest. The server's messages are
// used as they come, except where the client knows better: a rate limit
// names the wait in the user's language from retryAfter.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ccr::client::ErrorText)
public:
    // error.details, or the single error.field with its message.
    static validation::FieldErrors fieldErrors(const protocol::ApiError &error);
    static QString describe(const protocol::ApiError &error);
    static QString waitMessage(int seconds);
};

} // namespace ccr::client

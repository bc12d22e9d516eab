#include "ErrorCode.h"

#include <array>
#include <utility>

namespace ccr::protocol {
namespace {

using namespace Qt::StringLiterals;

constexpr std::array kNames = {
    std::pair{ErrorCode::MalformedFrame, "malformed_frame"},
    std::pair{ErrorCode::FrameTooLarge, "frame_too_large"},
    std::pair{ErrorCode::UnknownKind, "unknown_kind"},
    std::pair{ErrorCode::UnknownMethod, "unknown_method"},
    std::pair{ErrorCode::InvalidParams, "invalid_params"},
    std::pair{ErrorCode::UnsupportedVersion, "unsupported_version"},
    std::pair{ErrorCode::HelloRequired, "hello_required"},
    std::pair{ErrorCode::NotAuthenticated, "not_authenticated"},
    std::pair{ErrorCode::Forbidden, "forbidden"},
    std::pair{ErrorCode::ValidationFailed, "validation_failed"},
    std::pair{ErrorCode::EmailTaken, "email_taken"},
    std::pair{ErrorCode::InvalidCredentials, "invalid_credentials"},
    std::pair{ErrorCode::SessionExpired, "session_expired"},
    std::pair{ErrorCode::NotFound, "not_found"},
    std::pair{ErrorCode::RateLimited, "rate_limited"},
    std::pair{ErrorCode::InternalError, "internal_error"},
    std::pair{ErrorCode::ResyncRequired, "resync_required"},
    std::pair{ErrorCode::Timeout, "timeout"},
    std::pair{ErrorCode::Disconnected, "disconnected"},
    std::pair{ErrorCode::CodeInvalid, "code_invalid"},
    std::pair{ErrorCode::EmailUnconfirmed, "email_unconfirmed"},
    std::pair{ErrorCode::AccountInactive, "account_inactive"},
    std::pair{ErrorCode::InvalidTransition, "invalid_transition"},
    std::pair{ErrorCode::TicketClosed, "ticket_closed"},
    std::pair{ErrorCode::LimitExceeded, "limit_exceeded"},
    std::pair{ErrorCode::OffsetMismatch, "offset_mismatch"},
    std::pair{ErrorCode::ChecksumMismatch, "checksum_mismatch"},
    std::pair{ErrorCode::TicketNotResolved, "ticket_not_resolved"},
};

} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[value, name] : kNames) {
        if (value == code)
            return QString::fromLatin1(name);
    }
    return u"internal_error"_s;
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return ErrorCode::InternalError;
}

} // namespace ccr::protocol

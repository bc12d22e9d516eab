#pragma once

#include <QString>

namespace ccr::protocol {

// Every typed error a response can carry. Append only: the wire name is what
// peers match on, and docs/protocol.md lists each one.
enum class ErrorCode
{
    MalformedFrame,     // the frame's JSON could not be parsed or was not an object
    FrameTooLarge,      // the header announced more than the frame cap
    UnknownKind,        // "kind" missing or not one we know
    UnknownMethod,      // a request for a method this server does not have
    InvalidParams,      // a field missing or of the wrong type
    UnsupportedVersion, // hello named a protocol version we cannot speak
    HelloRequired,      // something other than hello came first
    NotAuthenticated,   // the method needs a logged-in session
    Forbidden,          // the session's role or ownership does not allow it
    ValidationFailed,   // a domain rule was broken; "field" names the input
    EmailTaken,         // registration with an email already in use
    InvalidCredentials, // wrong email or password (never says which)
    SessionExpired,     // the token is unknown, expired or revoked
    NotFound,           // no such object the caller may see
    RateLimited,        // too many attempts; try again later
    InternalError,      // the server failed; nothing was changed
    ResyncRequired,     // events since that sequence number are no longer kept
    Timeout,            // client side: no response in time
    Disconnected,       // client side: the connection ended before the response
    CodeInvalid,        // a one-time code is wrong, expired or used up (never says which)
    EmailUnconfirmed,   // confirm the email with the mailed code first
    AccountInactive,    // pending approval, rejected, invited or deactivated: "message" says which
    InvalidTransition,  // that status change is not possible from this state for this person
    TicketClosed,       // the ticket is closed: no more messages until it is reopened
    LimitExceeded,      // an attachment too large, too many for one message, or too many uploads at once
    OffsetMismatch,     // an upload chunk's offset is not the number of bytes received so far
    ChecksumMismatch,   // a finished upload's SHA-256 is not the client's; the upload is discarded
    TicketNotResolved,  // feedback is given on a resolved ticket only
};

QString errorCodeName(ErrorCode code);
// Unknown names map to InternalError: a newer server's new code still reads as an error.
ErrorCode errorCodeFromName(const QString &name);

} // namespace ccr::protocol

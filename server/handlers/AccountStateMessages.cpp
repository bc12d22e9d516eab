#include "AccountStateMessages.h"

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

std::optional<Reply> loginRefusal(domain::AccountState state)
{
    switch (state) {
    case domain::AccountState::Active:
    case domain::AccountState::Pending: return std::nullopt;
    case domain::AccountState::Invited:
        return Reply::failure(ErrorCode::AccountInactive,
                              u"Set your password with the code from your invitation email first."_s);
    case domain::AccountState::Rejected:
        return Reply::failure(ErrorCode::AccountInactive, u"An administrator declined this account."_s);
    case domain::AccountState::Deactivated:
        return Reply::failure(ErrorCode::AccountInactive, u"This account has been deactivated."_s);
    }
    return Reply::failure(ErrorCode::AccountInactive, u"This account is not active."_s);
}

} // namespace ccr::server

#pragma once

#include "Handler.h"

namespace ccr::server {

// customer.search: staff find a caller by the start of their first or last
// name, "first last", email or phone; at most 50 rows, sorted by name.
class CustomerSearchHandler final : public Handler
{
public:
    Access access() const override { return Access::Staff; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

#pragma once

#include "Handler.h"

namespace ccr::server {

// category.list: the ticket categories by name. Customers get the active
// ones (what they may choose); staff get all, with `active`.
class CategoryListHandler final : public Handler
{
public:
    Access access() const override { return Access::Authenticated; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// category.save: an admin adds a category (no id) or renames,
// deactivates or reactivates one. Names are unique ignoring case.
class CategorySaveHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

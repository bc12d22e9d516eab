#pragma once

#include "Handler.h"

namespace ccr::server {

// settings.assignment.get: the automatic assignment policy.
class AssignmentSettingsGetHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// settings.assignment.set: policy (off, roundRobin, leastOpen) and whether
// category skills restrict it; applies to tickets raised from then on.
class AssignmentSettingsSetHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

// agent.setSkills: the categories an active agent handles (replaces them all).
class AgentSetSkillsHandler final : public Handler
{
public:
    Access access() const override { return Access::Admin; }
    QCoro::Task<protocol::Reply> handle(RequestContext context, QJsonObject params) const override;
};

} // namespace ccr::server

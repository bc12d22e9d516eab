#include "AgentDirectory.h"

#include "AgentPresenceModel.h"
#include "app/Session.h"

#include <domain/User.h>
#include <protocol/Messages.h>

#include <QJsonArray>
#include <QTimer>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {
// Open-work counts may lag a ticket change by this much; a burst of changes
// costs one reload.
constexpr int kReloadDelayMs = 1000;
} // namespace

AgentDirectory::AgentDirectory(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new AgentPresenceModel(this))
    , m_reload(new QTimer(this))
{
    m_reload->setSingleShot(true);
    m_reload->setInterval(kReloadDelayMs);
    connect(m_reload, &QTimer::timeout, this, &AgentDirectory::load);
    connect(&session->rpc(), &protocol::RpcClient::eventReceived, this,
            [this](const QString &event, const QJsonObject &data, qint64) { onEvent(event, data); });
}

void AgentDirectory::load()
{
    if (m_loading) {
        m_loadAgain = true;
        return;
    }
    loadAll();
}

QCoro::Task<> AgentDirectory::loadAll()
{
    QPointer<AgentDirectory> self(this);
    m_loading = true;
    auto listingCategories = m_session->rpc().call(methods::categoryList);
    const Reply categories = co_await listingCategories;
    if (!self)
        co_return;
    if (categories.ok()) {
        QHash<qint64, QString> names;
        for (const auto &value : categories.result.value(u"categories"_s).toArray())
            names.insert(value[u"id"_s].toInteger(), value[u"name"_s].toString());
        m_categoryNames = names;
        m_model->setCategoryNames(std::move(names));
    }

    QList<AgentPresence> agents;
    auto listingPresence = m_session->rpc().call(methods::presenceList);
    const Reply presence = co_await listingPresence;
    if (!self)
        co_return;
    if (presence.ok()) {
        m_hasPresence = true;
        for (const auto &value : presence.result.value(u"agents"_s).toArray())
            agents.append(AgentPresence::fromJson(value.toObject()));
    } else if (presence.error->code == ErrorCode::UnknownMethod) {
        // A server without presence: the active agents, presence unknown.
        m_hasPresence = false;
        const QJsonObject params{{u"role"_s, u"agent"_s}, {u"state"_s, u"active"_s}};
        auto listingUsers = m_session->rpc().call(methods::userList, params);
        const Reply users = co_await listingUsers;
        if (!self)
            co_return;
        if (!users.ok()) {
            m_loading = false;
            Q_EMIT failed(users.error->message);
            co_return;
        }
        for (const auto &value : users.result.value(u"users"_s).toArray()) {
            const auto user = domain::UserProfile::fromJson(value.toObject());
            agents.append({user.id, user.displayName(), QString(), -1, {}, -1, 0.0});
        }
    } else {
        m_loading = false;
        Q_EMIT failed(presence.error->message);
        co_return;
    }
    m_model->setAgents(std::move(agents));
    // Customers' ratings of each agent: administrators only; for agents the
    // server answers forbidden and the column stays a dash.
    auto listingStats = m_session->rpc().call(methods::agentStats);
    const Reply stats = co_await listingStats;
    if (!self)
        co_return;
    if (stats.ok())
        m_model->setRatings(stats.result.value(u"agents"_s).toArray());
    m_loading = false;
    Q_EMIT loaded();
    if (std::exchange(m_loadAgain, false))
        load();
}

void AgentDirectory::onEvent(const QString &event, const QJsonObject &data)
{
    if (event == protocol::events::presenceChanged) {
        m_model->setState(data.value(u"agentId"_s).toInteger(), data.value(u"state"_s).toString());
    } else if (event == protocol::events::ticketCreated || event == protocol::events::ticketUpdated
               || event == protocol::events::userChanged || event == protocol::events::ticketRated) {
        // Who holds how much open work, who is an active agent, or an
        // agent's rating may have moved.
        m_reload->start();
    }
}

} // namespace ccr::client

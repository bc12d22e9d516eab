#include "TicketFeed.h"

#include "TicketListModel.h"
#include "app/Logging.h"

#include <domain/Ticket.h>
#include <protocol/Messages.h>
#include <protocol/RpcClient.h>

#include <QJsonArray>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace methods = protocol::methods;

TicketFeed::TicketFeed(protocol::RpcClient *rpc, TicketListModel *model, QObject *parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
{
    connect(rpc, &protocol::RpcClient::eventReceived, this,
            [this](const QString &event, const QJsonObject &data, qint64) { onEvent(event, data); });
}

void TicketFeed::start()
{
    // Not a slot and not awaited: the task runs on its own, guarded by QPointer.
    load();
}

void TicketFeed::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QCoro::Task<> TicketFeed::load()
{
    QPointer<TicketFeed> self(this);
    if (!m_rpc)
        co_return;
    setLoading(true);
    const QJsonObject listParams{{u"limit"_s, kPageSize}};
    auto listing = m_rpc->call(methods::ticketList, listParams);
    const Reply listed = co_await listing;
    if (!self || !m_rpc)
        co_return;
    if (!listed.ok()) {
        setLoading(false);
        Q_EMIT failed(tr("Could not load the tickets: %1").arg(listed.error->message));
        co_return;
    }
    QList<domain::TicketSummary> tickets;
    for (const auto &value : listed.result.value(u"tickets"_s).toArray())
        tickets.append(domain::TicketSummary::fromJson(value.toObject()));
    m_model->setTickets(std::move(tickets));

    // The page is exact up to eventSeq: events after it are what is new.
    const qint64 eventSeq = listed.result.value(u"eventSeq"_s).toInteger();
    m_rpc->setLastSeq(eventSeq);
    const QJsonObject subscribeParams{{u"since"_s, eventSeq}};
    auto subscribing = m_rpc->call(methods::eventsSubscribe, subscribeParams);
    const Reply subscribed = co_await subscribing;
    if (!self)
        co_return;
    setLoading(false);
    if (subscribed.ok()) {
        m_resyncing = false;
        co_return;
    }
    if (subscribed.error->code == ErrorCode::ResyncRequired && !m_resyncing) {
        qCInfo(lcClientFeed) << "too far behind the event stream; loading the list again";
        m_resyncing = true;
        load();
        co_return;
    }
    Q_EMIT failed(tr("Live updates are off: %1").arg(subscribed.error->message));
}

void TicketFeed::onEvent(const QString &event, const QJsonObject &data)
{
    if (event == protocol::events::ticketCreated)
        m_model->upsert(domain::TicketSummary::fromJson(data));
}

} // namespace ccr::client

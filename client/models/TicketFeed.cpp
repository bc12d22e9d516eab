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

namespace {

QList<domain::TicketSummary> ticketsOf(const Reply &reply)
{
    QList<domain::TicketSummary> tickets;
    for (const auto &value : reply.result.value(u"tickets"_s).toArray())
        tickets.append(domain::TicketSummary::fromJson(value.toObject()));
    return tickets;
}

} // namespace

TicketFeed::TicketFeed(protocol::RpcClient *rpc, TicketListModel *model, QObject *parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
{
    connect(rpc, &protocol::RpcClient::eventReceived, this,
            [this](const QString &event, const QJsonObject &data, qint64 seq) { onEvent(event, data, seq); });
    connect(model, &TicketListModel::moreWanted, this, [this] {
        // Not awaited: the task runs on its own, guarded by QPointer.
        fetchMore();
    });
}

void TicketFeed::start()
{
    // Not a slot and not awaited: the task runs on its own, guarded by QPointer.
    load();
}

void TicketFeed::reload()
{
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
    const int generation = ++m_generation;
    setLoading(true);
    m_replacing = true;
    ++m_pagesInFlight;
    QJsonObject params = m_model->query().toParams();
    params.insert(u"limit"_s, kPageSize);
    auto listing = m_rpc->call(methods::ticketList, params);
    const Reply listed = co_await listing;
    if (!self || !m_rpc)
        co_return;
    --m_pagesInFlight;
    if (generation != m_generation)
        co_return; // a newer reload is on its way
    m_replacing = false;
    if (!listed.ok()) {
        setLoading(false);
        Q_EMIT failed(tr("Could not load the tickets: %1").arg(listed.error->message));
        co_return;
    }
    m_model->setTickets(ticketsOf(listed), listed.result.value(u"nextCursor"_s).toString());
    const qint64 eventSeq = listed.result.value(u"eventSeq"_s).toInteger();
    if (m_live) {
        replayAfter(eventSeq);
        setLoading(false);
        co_return;
    }
    m_pending.clear();
    auto subscribing = subscribe(eventSeq);
    co_await subscribing;
}

QCoro::Task<> TicketFeed::subscribe(qint64 since)
{
    QPointer<TicketFeed> self(this);
    // The page is exact up to eventSeq: events after it are what is new.
    m_rpc->setLastSeq(since);
    const QJsonObject subscribeParams{{u"since"_s, since}};
    auto subscribing = m_rpc->call(methods::eventsSubscribe, subscribeParams);
    const Reply subscribed = co_await subscribing;
    if (!self)
        co_return;
    setLoading(false);
    if (subscribed.ok()) {
        m_resyncing = false;
        m_live = true;
        Q_EMIT liveStarted();
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

QCoro::Task<> TicketFeed::fetchMore()
{
    QPointer<TicketFeed> self(this);
    if (!m_rpc || !m_model->hasMore() || m_replacing)
        co_return;
    const int generation = m_generation;
    m_model->setFetchingMore(true);
    ++m_pagesInFlight;
    QJsonObject params = m_model->query().toParams();
    params.insert(u"limit"_s, kPageSize);
    params.insert(u"cursor"_s, m_model->nextCursor());
    auto listing = m_rpc->call(methods::ticketList, params);
    const Reply listed = co_await listing;
    if (!self || !m_rpc)
        co_return;
    --m_pagesInFlight;
    if (generation != m_generation)
        co_return;
    if (!listed.ok()) {
        m_model->setFetchingMore(false);
        Q_EMIT failed(tr("Could not load more tickets: %1").arg(listed.error->message));
        co_return;
    }
    m_model->appendPage(ticketsOf(listed), listed.result.value(u"nextCursor"_s).toString());
    replayAfter(listed.result.value(u"eventSeq"_s).toInteger());
}

void TicketFeed::onEvent(const QString &event, const QJsonObject &data, qint64 seq)
{
    if (event != protocol::events::ticketCreated && event != protocol::events::ticketUpdated)
        return;
    // A page on its way may be older than this change: remember it for then.
    if (m_pagesInFlight > 0)
        m_pending.append({event, data, seq});
    // While the first page of a reload is coming, the rows are about to be
    // replaced; applying to them now would only flicker.
    if (!m_replacing)
        apply(event, data);
}

void TicketFeed::apply(const QString &, const QJsonObject &data)
{
    // Both events carry the whole summary after the change.
    m_model->upsert(domain::TicketSummary::fromJson(data));
}

void TicketFeed::replayAfter(qint64 pageSeq)
{
    const QList<PendingEvent> pending = std::exchange(m_pending, {});
    for (const PendingEvent &event : pending) {
        if (event.seq > pageSeq)
            apply(event.name, event.data);
        // Still needed for another page in flight.
        if (m_pagesInFlight > 0)
            m_pending.append(event);
    }
}

} // namespace ccr::client

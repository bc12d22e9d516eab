#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <qcoro/qcorotask.h>

namespace ccr::protocol {
class RpcClient;
}

namespace ccr::client {

class TicketListModel;

// Keeps a TicketListModel current: ticket.list with the model's query, then
// events.subscribe from the list's eventSeq (once per feed), then every
// pushed ticket.created / ticket.updated is applied to the rows (the model
// decides whether it belongs). Further pages are fetched by the server's
// cursor when the view asks for them. A reload (new filters or order) keeps
// the subscription; events that arrive while a page is on its way are
// applied again after it, when they are newer than the page.
// The server filters events by role and ownership, so the same feed serves
// a customer's own list and staff's list of all tickets.
class TicketFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    TicketFeed(protocol::RpcClient *rpc, TicketListModel *model, QObject *parent = nullptr);

    // The first load and subscription.
    void start();
    // The model's query changed: the first page again (the stream stays).
    void reload();
    bool isLoading() const { return m_loading; }
    bool isLive() const { return m_live; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const QString &message);
    // The event stream started (again, after a resync): what else follows
    // the same stream (the People tab) loads its own state now.
    void liveStarted();

private:
    struct PendingEvent
    {
        QString name;
        QJsonObject data;
        qint64 seq;
    };
    QCoro::Task<> load();
    QCoro::Task<> fetchMore();
    QCoro::Task<> subscribe(qint64 since);
    void setLoading(bool loading);
    void onEvent(const QString &event, const QJsonObject &data, qint64 seq);
    void apply(const QString &event, const QJsonObject &data);
    // Re-applies what arrived during a page newer than it, and forgets the rest.
    void replayAfter(qint64 pageSeq);

    QPointer<protocol::RpcClient> m_rpc;
    TicketListModel *m_model;
    bool m_loading = false;
    bool m_live = false;
    // The first page of a (re)load is on its way and will replace every row.
    bool m_replacing = false;
    // After resync_required the list is loaded again, but only once in a row.
    bool m_resyncing = false;
    // Bumped by every reload, so an older page's late answer is dropped.
    int m_generation = 0;
    int m_pagesInFlight = 0;
    QList<PendingEvent> m_pending;
};

} // namespace ccr::client

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <qcoro/qcorotask.h>

namespace ccr::protocol {
class RpcClient;
}

namespace ccr::client {

class TicketListModel;

// Keeps a TicketListModel current: one ticket.list, then events.subscribe
// from the list's eventSeq, then every pushed ticket.created is upserted.
// The server filters events by role and ownership, so the same feed serves
// a customer's own list and staff's list of all tickets.
class TicketFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    TicketFeed(protocol::RpcClient *rpc, TicketListModel *model, QObject *parent = nullptr);

    void start();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const QString &message);

private:
    QCoro::Task<> load();
    void setLoading(bool loading);
    void onEvent(const QString &event, const QJsonObject &data);

    QPointer<protocol::RpcClient> m_rpc;
    TicketListModel *m_model;
    bool m_loading = false;
    // After resync_required the list is loaded again, but only once in a row.
    bool m_resyncing = false;
};

} // namespace ccr::client

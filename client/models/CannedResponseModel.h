#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>

#include <qcoro/qcorotask.h>

#include <optional>

namespace ccr::protocol {
class RpcClient;
}

namespace ccr::client {

// A reusable reply: personal (ownerId = its author) or shared with all staff.
struct CannedResponse
{
    qint64 id = 0;
    QString title;
    QString body;
    bool shared = false;
    qint64 ownerId = 0;

    static CannedResponse fromJson(const QJsonObject &json);
};

// The canned responses the logged-in staff member may use (their own and the
// shared ones, from canned.list), ordered by title; the picker filters it,
// the management dialog edits it.
class CannedResponseModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ResponseIdRole = Qt::UserRole + 1,
        BodyRole,
        SharedRole,
        // Title and body in one string, what the picker's filter searches.
        SearchTextRole
    };

    explicit CannedResponseModel(protocol::RpcClient *rpc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void load();
    bool hasLoaded() const { return m_loaded; }

    void setResponses(QList<CannedResponse> responses);
    void upsert(const CannedResponse &response);
    void remove(qint64 id);
    const CannedResponse &responseAt(int row) const { return m_responses.at(row); }
    std::optional<int> rowOf(qint64 id) const;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    QCoro::Task<> fetch();

    QPointer<protocol::RpcClient> m_rpc;
    QList<CannedResponse> m_responses;
    bool m_loaded = false;
};

} // namespace ccr::client

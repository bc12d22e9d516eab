#include "CannedResponseModel.h"

#include "ModelLanguage.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>
#include <protocol/RpcClient.h>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {
bool sortsBefore(const CannedResponse &a, const CannedResponse &b)
{
    const int byTitle = QString::localeAwareCompare(a.title, b.title);
    return byTitle != 0 ? byTitle < 0 : a.id < b.id;
}
} // namespace

CannedResponse CannedResponse::fromJson(const QJsonObject &json)
{
    return CannedResponse{json.value(u"id"_s).toInteger(), json.value(u"title"_s).toString(),
                          json.value(u"body"_s).toString(), json.value(u"shared"_s).toBool(),
                          json.value(u"ownerId"_s).toInteger()};
}

CannedResponseModel::CannedResponseModel(protocol::RpcClient *rpc, QObject *parent)
    : QAbstractListModel(parent)
    , m_rpc(rpc)
{
    followLanguage(this);
}

int CannedResponseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_responses.size());
}

QVariant CannedResponseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CannedResponse &response = m_responses.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return response.shared ? tr("%1 (shared)").arg(response.title) : response.title;
    case Qt::ToolTipRole:
    case BodyRole: return response.body;
    case ResponseIdRole: return response.id;
    case SharedRole: return response.shared;
    case SearchTextRole: return QString(response.title + u'\n' + response.body);
    default: return {};
    }
}

void CannedResponseModel::load()
{
    // Not a slot and not awaited: the task runs on its own, guarded by QPointer.
    fetch();
}

QCoro::Task<> CannedResponseModel::fetch()
{
    QPointer<CannedResponseModel> self(this);
    if (!m_rpc)
        co_return;
    auto listing = m_rpc->call(methods::cannedList);
    const Reply listed = co_await listing;
    if (!self)
        co_return;
    if (!listed.ok()) {
        Q_EMIT failed(tr("Could not load the canned responses: %1").arg(listed.error->message));
        co_return;
    }
    QList<CannedResponse> responses;
    for (const auto &value : listed.result.value(u"responses"_s).toArray())
        responses.append(CannedResponse::fromJson(value.toObject()));
    setResponses(std::move(responses));
    Q_EMIT loaded();
}

void CannedResponseModel::setResponses(QList<CannedResponse> responses)
{
    std::stable_sort(responses.begin(), responses.end(), sortsBefore);
    beginResetModel();
    m_responses = std::move(responses);
    m_loaded = true;
    endResetModel();
}

std::optional<int> CannedResponseModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_responses.size(); ++row) {
        if (m_responses.at(row).id == id)
            return row;
    }
    return std::nullopt;
}

void CannedResponseModel::upsert(const CannedResponse &response)
{
    remove(response.id);
    const auto at = std::lower_bound(m_responses.cbegin(), m_responses.cend(), response, sortsBefore);
    const int row = int(at - m_responses.cbegin());
    beginInsertRows({}, row, row);
    m_responses.insert(row, response);
    endInsertRows();
}

void CannedResponseModel::remove(qint64 id)
{
    if (const auto row = rowOf(id)) {
        beginRemoveRows({}, *row, *row);
        m_responses.removeAt(*row);
        endRemoveRows();
    }
}

} // namespace ccr::client

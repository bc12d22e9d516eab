#include "PeopleModel.h"

#include "ModelLanguage.h"

#include <QFont>

#include <algorithm>

namespace ccr::client {

using domain::AccountState;
using domain::UserProfile;

namespace {

bool sortsBefore(const UserProfile &a, const UserProfile &b)
{
    const int byName = QString::localeAwareCompare(a.displayName(), b.displayName());
    if (byName != 0)
        return byName < 0;
    return a.id < b.id;
}

} // namespace

PeopleModel::PeopleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    followLanguage(this);
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeopleModel::roleText(domain::Role role)
{
    switch (role) {
    case domain::Role::Customer: return tr("Customer");
    case domain::Role::Agent: return tr("Agent");
    case domain::Role::Admin: return tr("Administrator");
    }
    return {};
}

QString PeopleModel::stateText(AccountState state)
{
    switch (state) {
    case AccountState::Active: return tr("Active");
    case AccountState::Pending: return tr("Waiting for approval");
    case AccountState::Invited: return tr("Invited");
    case AccountState::Rejected: return tr("Rejected");
    case AccountState::Deactivated: return tr("Deactivated");
    }
    return {};
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserProfile &user = m_users.at(index.row());
    if (role == UserIdRole)
        return user.id;
    if (role == Qt::FontRole && user.state == AccountState::Pending) {
        // Someone is waiting for an answer: make the row easy to spot.
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return user.id == m_selfId ? tr("%1 (you)").arg(user.displayName()) : user.displayName();
    case EmailColumn: return user.email;
    case RoleColumn: return roleText(user.role);
    case StateColumn: return stateText(user.state);
    case ColumnCount: break;
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case RoleColumn: return tr("Role");
    case StateColumn: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

void PeopleModel::setUsers(QList<UserProfile> users)
{
    users.removeIf([](const UserProfile &user) { return !domain::isStaff(user.role); });
    std::stable_sort(users.begin(), users.end(), sortsBefore);
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

std::optional<int> PeopleModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId)
            return row;
    }
    return std::nullopt;
}

int PeopleModel::insertionRow(const UserProfile &user) const
{
    return int(std::lower_bound(m_users.cbegin(), m_users.cend(), user, sortsBefore) - m_users.cbegin());
}

void PeopleModel::upsert(const UserProfile &user)
{
    if (!domain::isStaff(user.role))
        return;
    if (const auto row = rowOf(user.id)) {
        if (m_users.at(*row).displayName() == user.displayName()) {
            m_users[*row] = user;
            Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
            return;
        }
        // A new name moves it: take it out and insert it afresh.
        beginRemoveRows({}, *row, *row);
        m_users.removeAt(*row);
        endRemoveRows();
    }
    const int row = insertionRow(user);
    beginInsertRows({}, row, row);
    m_users.insert(row, user);
    endInsertRows();
}

} // namespace ccr::client

#pragma once

#include <domain/User.h>

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace ccr::client {

// The staff accounts (agents and admins) an administrator manages, as a
// table ordered by name. Loaded once, then kept current one account at a
// time from user.changed events and action replies (upsert by id);
// customers are left out, as the People tab is about staff.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        RoleColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        UserIdRole = Qt::UserRole + 1
    };

    explicit PeopleModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The administrator looking at the list, marked "(you)".
    void setSelfId(qint64 id) { m_selfId = id; }
    qint64 selfId() const { return m_selfId; }

    void setUsers(QList<domain::UserProfile> users);
    void upsert(const domain::UserProfile &user);

    const domain::UserProfile &userAt(int row) const { return m_users.at(row); }
    std::optional<int> rowOf(qint64 userId) const;

    static QString roleText(domain::Role role);
    static QString stateText(domain::AccountState state);

private:
    int insertionRow(const domain::UserProfile &user) const;

    QList<domain::UserProfile> m_users;
    qint64 m_selfId = 0;
};

} // namespace ccr::client

#include "UserRecords.h"

#include "Sql.h"

#include <QSqlDatabase>
#include <QVariant>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

const QString kSelectUser = u"SELECT id, role, email, first_name, last_name, password_hash, state FROM users "_s;

std::optional<UserRecord> loadOne(QSqlQuery &query)
{
    if (!exec(query) || !query.next())
        return std::nullopt;
    UserRecord record;
    record.profile.id = query.value(0).toLongLong();
    record.profile.role = domain::roleFromName(query.value(1).toString()).value_or(domain::Role::Customer);
    record.profile.email = query.value(2).toString();
    record.profile.firstName = query.value(3).toString();
    record.profile.lastName = query.value(4).toString();
    record.passwordHash = query.value(5).toString();
    record.state = query.value(6).toString();
    return record;
}

} // namespace

std::optional<UserRecord> loadUserByEmail(QSqlDatabase &db, const QString &normalizedEmail)
{
    QSqlQuery query = prepare(db, kSelectUser + u"WHERE email = ?"_s);
    query.addBindValue(normalizedEmail);
    return loadOne(query);
}

std::optional<UserRecord> loadUserById(QSqlDatabase &db, qint64 id)
{
    QSqlQuery query = prepare(db, kSelectUser + u"WHERE id = ?"_s);
    query.addBindValue(id);
    return loadOne(query);
}

bool emailExists(QSqlDatabase &db, const QString &normalizedEmail)
{
    QSqlQuery query = prepare(db, u"SELECT 1 FROM users WHERE email = ?"_s);
    query.addBindValue(normalizedEmail);
    return exec(query) && query.next();
}

qint64 insertUser(QSqlDatabase &db, const domain::UserProfile &profile, const QString &passwordHash)
{
    QSqlQuery insert = prepare(db, u"INSERT INTO users (role, email, first_name, last_name, password_hash, state, "
                                    "created_at) VALUES (?, ?, ?, ?, ?, 'active', ?)"_s);
    insert.addBindValue(domain::roleName(profile.role));
    insert.addBindValue(profile.email);
    insert.addBindValue(profile.firstName);
    insert.addBindValue(profile.lastName);
    insert.addBindValue(passwordHash);
    insert.addBindValue(nowMs());
    return exec(insert) ? insert.lastInsertId().toLongLong() : 0;
}

} // namespace ccr::server

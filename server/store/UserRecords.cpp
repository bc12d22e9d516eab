#include "UserRecords.h"

#include "Sql.h"

#include <QSqlDatabase>
#include <QVariant>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

const QString kSelectUser = u"SELECT id, role, email, first_name, last_name, password_hash, state, "
                            "email_confirmed, phone, language FROM users "_s;

domain::UserProfile readProfile(const QSqlQuery &query)
{
    domain::UserProfile profile;
    profile.id = query.value(0).toLongLong();
    profile.role = domain::roleFromName(query.value(1).toString()).value_or(domain::Role::Customer);
    profile.email = query.value(2).toString();
    profile.firstName = query.value(3).toString();
    profile.lastName = query.value(4).toString();
    profile.state = domain::accountStateFromName(query.value(6).toString()).value_or(domain::AccountState::Deactivated);
    profile.emailConfirmed = query.value(7).toBool();
    profile.phone = query.value(8).toString();
    profile.language = query.value(9).toString();
    return profile;
}

std::optional<UserRecord> loadOne(QSqlQuery &query)
{
    if (!exec(query) || !query.next())
        return std::nullopt;
    UserRecord record;
    record.profile = readProfile(query);
    record.passwordHash = query.value(5).toString();
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
    QSqlQuery insert =
        prepare(db, u"INSERT INTO users (role, email, first_name, last_name, password_hash, state, "
                    "email_confirmed, language, phone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(domain::roleName(profile.role));
    insert.addBindValue(profile.email);
    insert.addBindValue(profile.firstName);
    insert.addBindValue(profile.lastName);
    insert.addBindValue(passwordHash.isNull() ? u""_s : passwordHash);
    insert.addBindValue(domain::accountStateName(profile.state));
    insert.addBindValue(profile.emailConfirmed ? 1 : 0);
    insert.addBindValue(profile.language.isEmpty() ? u"en"_s : profile.language);
    insert.addBindValue(profile.phone.isNull() ? u""_s : profile.phone);
    insert.addBindValue(nowMs());
    return exec(insert) ? insert.lastInsertId().toLongLong() : 0;
}

bool setUserState(QSqlDatabase &db, qint64 userId, domain::AccountState state)
{
    QSqlQuery update = prepare(db, u"UPDATE users SET state = ? WHERE id = ?"_s);
    update.addBindValue(domain::accountStateName(state));
    update.addBindValue(userId);
    return exec(update) && update.numRowsAffected() == 1;
}

bool setEmailConfirmed(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery update = prepare(db, u"UPDATE users SET email_confirmed = 1 WHERE id = ?"_s);
    update.addBindValue(userId);
    return exec(update);
}

bool setPasswordHash(QSqlDatabase &db, qint64 userId, const QString &passwordHash)
{
    QSqlQuery update = prepare(db, u"UPDATE users SET password_hash = ? WHERE id = ?"_s);
    update.addBindValue(passwordHash);
    update.addBindValue(userId);
    return exec(update);
}

bool updateProfile(QSqlDatabase &db, const domain::UserProfile &profile, bool optionalMail)
{
    QSqlQuery update = prepare(db, u"UPDATE users SET first_name = ?, last_name = ?, phone = ?, language = ?, "
                                   "optional_mail = ? WHERE id = ?"_s);
    update.addBindValue(profile.firstName);
    update.addBindValue(profile.lastName);
    update.addBindValue(profile.phone);
    update.addBindValue(profile.language);
    update.addBindValue(optionalMail ? 1 : 0);
    update.addBindValue(profile.id);
    return exec(update);
}

bool wantsOptionalMail(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery query = prepare(db, u"SELECT optional_mail FROM users WHERE id = ?"_s);
    query.addBindValue(userId);
    return exec(query) && query.next() && query.value(0).toBool();
}

std::optional<QList<domain::UserProfile>> listUsers(QSqlDatabase &db, const UserListQuery &request)
{
    QString sql = kSelectUser + u"WHERE 1 = 1 "_s;
    if (request.role)
        sql += u"AND role = :role "_s;
    if (request.state)
        sql += u"AND state = :state "_s;
    sql += u"ORDER BY id LIMIT :limit"_s;
    QSqlQuery query = prepare(db, sql);
    if (request.role)
        query.bindValue(u":role"_s, domain::roleName(*request.role));
    if (request.state)
        query.bindValue(u":state"_s, domain::accountStateName(*request.state));
    query.bindValue(u":limit"_s, request.limit);
    if (!exec(query))
        return std::nullopt;
    QList<domain::UserProfile> users;
    while (query.next())
        users.append(readProfile(query));
    return users;
}

} // namespace ccr::server

#include "CodeRecords.h"

#include "Sql.h"

#include <QSqlDatabase>
#include <QVariant>

#include <sodium.h>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

constexpr int kAttempts = 5;

QString purposeName(CodePurpose purpose)
{
    switch (purpose) {
    case CodePurpose::ConfirmEmail: return u"confirm"_s;
    case CodePurpose::ResetPassword: return u"reset"_s;
    case CodePurpose::Invitation: return u"invite"_s;
    }
    return {};
}

int validMinutes(CodePurpose purpose)
{
    return purpose == CodePurpose::Invitation ? 72 * 60 : 15;
}

// Keyed by user and purpose so equal codes of two users hash differently.
QString codeHash(qint64 userId, CodePurpose purpose, const QString &code)
{
    const QByteArray input = QByteArray::number(userId) + ':' + purposeName(purpose).toUtf8() + ':' + code.toUtf8();
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

} // namespace

IssuedCode issueCode(QSqlDatabase &db, qint64 userId, CodePurpose purpose)
{
    QSqlQuery retire = prepare(db, u"UPDATE one_time_codes SET used = 1 WHERE user_id = ? AND purpose = ?"_s);
    retire.addBindValue(userId);
    retire.addBindValue(purposeName(purpose));
    if (!exec(retire))
        return {};
    const QString code = u"%1"_s.arg(randombytes_uniform(1'000'000), 6, 10, QChar(u'0'));
    const qint64 now = nowMs();
    QSqlQuery insert = prepare(db, u"INSERT INTO one_time_codes (user_id, purpose, code_hash, expires_at, "
                                   "attempts_left, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(userId);
    insert.addBindValue(purposeName(purpose));
    insert.addBindValue(codeHash(userId, purpose, code));
    insert.addBindValue(now + qint64(validMinutes(purpose)) * 60'000);
    insert.addBindValue(kAttempts);
    insert.addBindValue(now);
    if (!exec(insert))
        return {};
    return {code, validMinutes(purpose)};
}

CodeCheck redeemCode(QSqlDatabase &db, qint64 userId, CodePurpose purpose, const QString &code)
{
    QSqlQuery query = prepare(db, u"SELECT id, code_hash, expires_at, attempts_left FROM one_time_codes "
                                  "WHERE user_id = ? AND purpose = ? AND used = 0 ORDER BY id DESC LIMIT 1"_s);
    query.addBindValue(userId);
    query.addBindValue(purposeName(purpose));
    if (!exec(query) || !query.next())
        return CodeCheck::ExpiredOrUsed;
    const qint64 id = query.value(0).toLongLong();
    if (query.value(2).toLongLong() <= nowMs() || query.value(3).toInt() <= 0)
        return CodeCheck::ExpiredOrUsed;
    const bool matches = query.value(1).toString() == codeHash(userId, purpose, code.trimmed());
    QSqlQuery spend =
        prepare(db, matches ? u"UPDATE one_time_codes SET used = 1 WHERE id = ?"_s
                            : u"UPDATE one_time_codes SET attempts_left = attempts_left - 1 WHERE id = ?"_s);
    spend.addBindValue(id);
    if (!exec(spend))
        return CodeCheck::ExpiredOrUsed;
    return matches ? CodeCheck::Accepted : CodeCheck::Wrong;
}

qint64 secondsSinceLastCode(QSqlDatabase &db, qint64 userId, CodePurpose purpose)
{
    QSqlQuery query = prepare(db, u"SELECT MAX(created_at) FROM one_time_codes WHERE user_id = ? AND purpose = ?"_s);
    query.addBindValue(userId);
    query.addBindValue(purposeName(purpose));
    if (!exec(query) || !query.next() || query.value(0).isNull())
        return -1;
    return (nowMs() - query.value(0).toLongLong()) / 1000;
}

} // namespace ccr::server

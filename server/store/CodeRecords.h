#pragma once

#include <QString>

class QSqlDatabase;

namespace ccr::server {

// One-time codes sent by mail: six digits, stored only as a keyed hash,
// with an expiry, a few attempts, and single use. A new code of the same
// purpose replaces the old one.
enum class CodePurpose
{
    ConfirmEmail,
    ResetPassword,
    Invitation
};

struct IssuedCode
{
    QString code; // empty when the store failed
    int validMinutes = 0;
};

IssuedCode issueCode(QSqlDatabase &db, qint64 userId, CodePurpose purpose);

enum class CodeCheck
{
    Accepted,
    Wrong,
    ExpiredOrUsed
};
// Spends one attempt; Accepted marks the code used.
CodeCheck redeemCode(QSqlDatabase &db, qint64 userId, CodePurpose purpose, const QString &code);
// Seconds since the newest code of that purpose was issued (-1: none).
qint64 secondsSinceLastCode(QSqlDatabase &db, qint64 userId, CodePurpose purpose);

} // namespace ccr::server

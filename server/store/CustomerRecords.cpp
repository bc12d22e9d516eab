#include "CustomerRecords.h"

#include "Sql.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QVariant>

namespace ccr::server {

using namespace Qt::StringLiterals;

namespace {

// The user's text as a LIKE prefix pattern: its own % and _ match literally.
QString prefixPattern(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return text + u'%';
}

// The digits of text that looks like a phone number (only digits and the
// characters a stored phone may hold), at least four of them; else empty.
QString phoneDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c != u' ' && c != u'+' && c != u'-' && c != u'(' && c != u')')
            return {};
    }
    return digits.size() >= 4 ? digits : QString();
}

} // namespace

std::optional<QList<domain::UserProfile>> searchCustomers(QSqlDatabase &db, const QString &text, int limit)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    const QString trimmed = text.trimmed();
    const QStringList words = trimmed.split(spaces, Qt::SkipEmptyParts);
    const QString whole = prefixPattern(trimmed);
    QString sql = u"SELECT id, first_name, last_name, email, phone, state, language, email_confirmed FROM users "
                  "WHERE role = 'customer' AND (first_name LIKE ? ESCAPE '\\' OR last_name LIKE ? ESCAPE '\\' "
                  "OR email LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\'"_s;
    if (words.size() >= 2)
        sql += u" OR (first_name LIKE ? ESCAPE '\\' AND last_name LIKE ? ESCAPE '\\')"_s;
    // A number as read out by the caller, in any format and with or without
    // the country code: its digits anywhere in the stored number's digits.
    const QString digits = phoneDigits(trimmed);
    if (!digits.isEmpty())
        sql += u" OR phone_digits LIKE ?"_s;
    sql += u") ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id LIMIT ?"_s;
    QSqlQuery query = prepare(db, sql);
    for (int i = 0; i < 4; ++i)
        query.addBindValue(whole);
    if (words.size() >= 2) {
        query.addBindValue(prefixPattern(words.first()));
        query.addBindValue(prefixPattern(QStringList(words.mid(1)).join(u' ')));
    }
    if (!digits.isEmpty())
        query.addBindValue(u'%' + digits + u'%');
    query.addBindValue(limit);
    if (!exec(query))
        return std::nullopt;
    QList<domain::UserProfile> customers;
    while (query.next()) {
        domain::UserProfile customer;
        customer.id = query.value(0).toLongLong();
        customer.role = domain::Role::Customer;
        customer.firstName = query.value(1).toString();
        customer.lastName = query.value(2).toString();
        customer.email = query.value(3).toString();
        customer.phone = query.value(4).toString();
        customer.state = domain::accountStateFromName(query.value(5).toString()).value_or(domain::AccountState::Active);
        customer.language = query.value(6).toString();
        customer.emailConfirmed = query.value(7).toBool();
        customers.append(customer);
    }
    return customers;
}

QJsonObject customerCard(const domain::UserProfile &customer)
{
    return {{u"id"_s, customer.id},
            {u"firstName"_s, customer.firstName},
            {u"lastName"_s, customer.lastName},
            {u"email"_s, customer.email},
            {u"phone"_s, customer.phone},
            {u"state"_s, domain::accountStateName(customer.state)}};
}

} // namespace ccr::server

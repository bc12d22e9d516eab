#include "SmtpSettingsStore.h"

#include <store/Database.h>
#include <store/Sql.h>

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QVariant>

#include <qcoro/qcorofuture.h>

namespace ccr::server {

using namespace Qt::StringLiterals;

QJsonObject readSmtpOverrides(QSqlDatabase &db)
{
    QSqlQuery query = prepare(db, u"SELECT value FROM settings WHERE key = 'smtp'"_s);
    if (!exec(query) || !query.next())
        return {};
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

bool saveSmtpOverrides(QSqlDatabase &db, const QJsonObject &overrides)
{
    QSqlQuery upsert = prepare(db, u"INSERT INTO settings (key, value) VALUES ('smtp', ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    upsert.addBindValue(QString::fromUtf8(QJsonDocument(overrides).toJson(QJsonDocument::Compact)));
    return exec(upsert);
}

SmtpSettings applySmtpOverrides(SmtpSettings settings, const QJsonObject &overrides)
{
    if (overrides.contains(u"host"_s))
        settings.host = overrides.value(u"host"_s).toString();
    if (overrides.contains(u"port"_s))
        settings.port = quint16(overrides.value(u"port"_s).toInt(settings.port));
    if (overrides.contains(u"security"_s))
        settings.security = securityFromName(overrides.value(u"security"_s).toString());
    if (overrides.contains(u"username"_s))
        settings.username = overrides.value(u"username"_s).toString();
    if (overrides.contains(u"password"_s))
        settings.password = overrides.value(u"password"_s).toString();
    if (overrides.contains(u"fromAddress"_s))
        settings.fromAddress = overrides.value(u"fromAddress"_s).toString();
    if (overrides.contains(u"fromName"_s))
        settings.fromName = overrides.value(u"fromName"_s).toString();
    return settings;
}

QCoro::Task<SmtpSettings> loadSmtpOverrides(Database &db, SmtpSettings configured)
{
    QFuture<std::optional<QJsonObject>> reading = db.query<QJsonObject>(readSmtpOverrides);
    const auto overrides = co_await reading;
    co_return applySmtpOverrides(configured, overrides.value_or(QJsonObject()));
}

QJsonObject smtpSettingsForDisplay(const SmtpSettings &settings)
{
    return {{u"host"_s, settings.host},
            {u"port"_s, settings.port},
            {u"security"_s, securityName(settings.security)},
            {u"username"_s, settings.username},
            {u"passwordSet"_s, !settings.password.isEmpty()},
            {u"fromAddress"_s, settings.fromAddress},
            {u"fromName"_s, settings.fromName},
            {u"configured"_s, settings.configured()}};
}

} // namespace ccr::server

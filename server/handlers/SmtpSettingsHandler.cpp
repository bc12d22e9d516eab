#include "SmtpSettingsHandler.h"

#include "Params.h"

#include <app/ServerConfig.h>
#include <mail/OutboxSender.h>
#include <mail/SmtpSettingsStore.h>
#include <store/Sql.h>
#include <validation/Rules.h>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

QCoro::Task<Reply> SmtpSettingsGetHandler::handle(RequestContext context, QJsonObject) const
{
    co_return Reply::success({{u"smtp"_s, smtpSettingsForDisplay(context.services->mailer.smtp())}});
}

QCoro::Task<Reply> SmtpSettingsSetHandler::handle(RequestContext context, QJsonObject json) const
{
    Params params(json);
    QJsonObject changes;
    for (const auto &name : {u"host"_s, u"username"_s, u"password"_s, u"fromName"_s, u"fromAddress"_s, u"security"_s}) {
        const QString value = params.optionalString(name, 255);
        if (json.contains(name))
            changes.insert(name, value);
    }
    const qint64 port = params.optionalInteger(u"port"_s, 1, 65535, 0);
    if (port > 0)
        changes.insert(u"port"_s, port);
    if (auto error = params.error())
        co_return Reply::failure(*error);
    // Values that end up in SMTP commands or headers: no line breaks, and a
    // sender address that really is one.
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it->isString() && (it->toString().contains(u'\r') || it->toString().contains(u'\n')))
            co_return Reply::failure(ErrorCode::ValidationFailed, u"Line breaks are not allowed here."_s, it.key());
    }
    if (changes.contains(u"fromAddress"_s) && !validation::isValidEmail(changes.value(u"fromAddress"_s).toString()))
        co_return Reply::failure(ErrorCode::ValidationFailed, u"Enter a valid sender address."_s, u"fromAddress"_s);
    if (changes.contains(u"security"_s)
        && !QStringList{u"none"_s, u"starttls"_s, u"tls"_s}.contains(changes.value(u"security"_s).toString()))
        co_return Reply::failure(ErrorCode::ValidationFailed, u"Security is none, starttls or tls."_s, u"security"_s);

    auto saving = context.write([changes](QSqlDatabase &db) {
        QJsonObject merged = readSmtpOverrides(db);
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        return Outcome::of(saveSmtpOverrides(db, merged) ? Reply::success({{u"overrides"_s, merged}}) : storeFailure());
    });
    const Reply saved = co_await saving;
    if (!saved.ok())
        co_return saved;
    OutboxSender &mailer = context.services->mailer;
    mailer.setSmtp(applySmtpOverrides(context.services->config.smtp, saved.result.value(u"overrides"_s).toObject()));
    co_return Reply::success({{u"smtp"_s, smtpSettingsForDisplay(mailer.smtp())}});
}

} // namespace ccr::server

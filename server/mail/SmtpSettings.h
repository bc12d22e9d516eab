#pragma once

#include <QString>

namespace ccr::server {

// How to reach the mail relay. From the server configuration; admins may
// override them at run time from the client (stored in the settings table).
struct SmtpSettings
{
    enum class Security
    {
        None,
        StartTls,
        ImplicitTls
    };

    QString host;
    quint16 port = 25;
    Security security = Security::StartTls;
    QString username; // empty: no login
    QString password; // from CCR_SMTP_PASSWORD or the config file, never from code
    QString fromAddress;
    QString fromName = QStringLiteral("Customer Care");
    int timeoutSeconds = 30;

    bool configured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
};

QString securityName(SmtpSettings::Security security);
SmtpSettings::Security securityFromName(const QString &name);

} // namespace ccr::server

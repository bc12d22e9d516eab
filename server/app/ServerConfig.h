#pragma once

#include <files/AttachmentLimits.h>
#include <mail/OutboxSender.h>
#include <mail/SmtpSettings.h>
#include <net/SessionLimits.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace ccr::server {

// Everything ccr-server can be told. Each option comes from the command line,
// else the config file (--config, INI), else the environment (CCR_ plus the
// option name in capitals, dashes as underscores), else its default.
struct ServerConfig
{
    QString dataDir;
    QString listenAddress = QStringLiteral("127.0.0.1");
    quint16 port = 7730;
    bool plain = false;      // plain TCP instead of TLS
    QString certificateFile; // default: <data-dir>/server.crt, made on first start
    QString keyFile;         // default: <data-dir>/server.key
    SessionLimits limits;
    AttachmentLimits attachments;
    int maxConnections = 15000; // the process may open 20,000 files here
    int sessionLifetimeDays = 30;
    int codeResendSeconds = 60; // shortest wait between two mailed codes for one account
    int slaCheckSeconds = 30;   // how often the SLA watcher looks for breached targets
    // Testing aid: admins may move the store's clock (debug.advanceClock).
    // Never on a server people rely on.
    bool testClock = false;
    SmtpSettings smtp;          // admins may override these from the client
    RetryPolicy mailRetry;
    QString mailDomain = QStringLiteral("ccr.local"); // right-hand side of Message-IDs
    // A chat message to someone not connected is mailed after this long,
    // together with whatever else they miss meanwhile (one mail per ticket).
    int chatMailDelaySeconds = 120;
    // Must customers confirm their email before raising tickets? "auto":
    // yes whenever a mail relay is configured (without one no code can
    // arrive, and a fresh install must still be usable).
    enum class EmailConfirmation
    {
        Auto,
        Required,
        Off
    };
    EmailConfirmation emailConfirmation = EmailConfirmation::Auto;
    bool confirmationRequired(const SmtpSettings &effectiveSmtp) const
    {
        return emailConfirmation == EmailConfirmation::Required
               || (emailConfirmation == EmailConfirmation::Auto && effectiveSmtp.configured());
    }

    // Bootstrap mode: create this admin and exit.
    QString createAdminEmail;
    QString adminFirstName;
    QString adminLastName;

    QString databaseFile() const;

    // Parses arguments (argv[0] first); prints --help and --version itself.
    // On a bad value returns nullopt with the message in *error.
    static std::optional<ServerConfig> fromArguments(const QStringList &arguments, QString *error);
};

} // namespace ccr::server

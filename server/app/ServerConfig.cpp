#include "ServerConfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

struct OptionSpec
{
    QString name;
    QString valueName; // empty: a switch
    QString help;
};

const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> specs = {
        {u"config"_s, u"file"_s, u"INI file with any of these options as keys."_s},
        {u"data-dir"_s, u"dir"_s, u"Where the database, key and certificate live (default: the user's data dir)."_s},
        {u"listen"_s, u"address"_s, u"Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)."_s},
        {u"port"_s, u"port"_s, u"TCP port (default 7730; 0 picks a free one and prints it)."_s},
        {u"plain"_s, {}, u"Serve plain TCP without TLS. Only for tests behind a trusted network."_s},
        {u"certificate"_s, u"file"_s, u"PEM certificate (default: <data-dir>/server.crt, made on first start)."_s},
        {u"key"_s, u"file"_s, u"PEM private key (default: <data-dir>/server.key, made on first start)."_s},
        {u"hello-timeout-ms"_s, u"ms"_s, u"Time a new connection has for TLS and hello (default 10000)."_s},
        {u"idle-timeout-ms"_s, u"ms"_s, u"Close connections silent this long (default 120000)."_s},
        {u"max-connections"_s, u"n"_s, u"Refuse connections beyond this many (default 15000)."_s},
        {u"session-days"_s, u"days"_s, u"Lifetime of a login session (default 30)."_s},
        {u"smtp-host"_s, u"host"_s, u"Mail relay host; without it mail waits in the outbox."_s},
        {u"smtp-port"_s, u"port"_s, u"Mail relay port (default 25)."_s},
        {u"smtp-security"_s, u"mode"_s, u"none, starttls (default) or tls (implicit TLS, usually port 465)."_s},
        {u"smtp-user"_s, u"name"_s,
         u"Login name at the relay; the password comes from CCR_SMTP_PASSWORD or the "
         "config file key smtp-password, never the command line."_s},
        {u"mail-from"_s, u"address"_s, u"Sender address of notifications."_s},
        {u"mail-from-name"_s, u"name"_s, u"Sender display name (default Customer Care)."_s},
        {u"mail-max-attempts"_s, u"n"_s, u"Tries before a mail is marked failed (default 8)."_s},
        {u"mail-retry-ms"_s, u"ms"_s, u"Wait before the first retry; doubles each time (default 5000)."_s},
        {u"email-confirmation"_s, u"mode"_s,
         u"auto (default: required when a mail relay is configured), "
         "required or off."_s},
        {u"code-resend-seconds"_s, u"s"_s, u"Shortest wait between two mailed codes for an account (default 60)."_s},
        {u"sla-check-seconds"_s, u"s"_s, u"How often breached SLA targets are looked for (default 30)."_s},
        {u"test-clock"_s,
         {},
         u"Testing aid: let admins move the server's clock forward (debug.advanceClock). Never in production."_s},
        {u"chat-mail-delay-seconds"_s, u"s"_s,
         u"Mail chat messages to an offline recipient this long after the first one, batched (default 120)."_s},
        {u"attachment-max-bytes"_s, u"bytes"_s, u"Largest attachment accepted (default 10485760, 10 MiB)."_s},
        {u"attachment-max-per-message"_s, u"n"_s,
         u"Most finished attachments waiting for one message, per person and ticket (default 5)."_s},
        {u"attachment-max-uploads"_s, u"n"_s, u"Uploads in progress at once on one connection (default 4)."_s},
        {u"attachment-idle-ms"_s, u"ms"_s,
         u"An upload without a chunk this long is abandoned and its bytes removed (default 120000)."_s},
        {u"create-admin"_s, u"email"_s,
         u"Create an admin with this email, reading the password from stdin, and exit."_s},
        {u"first-name"_s, u"name"_s, u"First name for --create-admin."_s},
        {u"last-name"_s, u"name"_s, u"Last name for --create-admin."_s},
    };
    return specs;
}

class Sources
{
public:
    Sources(const QCommandLineParser &parser, const QString &configFile)
        : m_parser(parser)
    {
        if (!configFile.isEmpty())
            m_settings.emplace(configFile, QSettings::IniFormat);
    }

    std::optional<QString> value(const QString &name) const
    {
        if (m_parser.isSet(name))
            return valueName(name).isEmpty() ? u"true"_s : m_parser.value(name);
        return fileOrEnvironment(name);
    }

    std::optional<QString> fileOrEnvironment(const QString &name) const
    {
        if (m_settings && m_settings->contains(name))
            return m_settings->value(name).toString();
        const QByteArray env = "CCR_" + name.toUpper().replace(u'-', u'_').toLatin1();
        if (qEnvironmentVariableIsSet(env.constData()))
            return qEnvironmentVariable(env.constData());
        return std::nullopt;
    }

private:
    static QString valueName(const QString &name)
    {
        for (const auto &spec : optionSpecs()) {
            if (spec.name == name)
                return spec.valueName;
        }
        return {};
    }

    const QCommandLineParser &m_parser;
    std::optional<QSettings> m_settings;
};

bool readInt(const Sources &sources, const QString &name, int minimum, int maximum, int &target, QString *error)
{
    const auto text = sources.value(name);
    if (!text)
        return true;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error =
            u"--%1 must be a whole number from %2 to %3, not '%4'."_s.arg(name).arg(minimum).arg(maximum).arg(*text);
        return false;
    }
    target = value;
    return true;
}

bool isTrue(const QString &text)
{
    return text == u"1" || text.compare(u"true"_s, Qt::CaseInsensitive) == 0
           || text.compare(u"yes"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

QString ServerConfig::databaseFile() const
{
    return QDir(dataDir).filePath(u"ccr.sqlite"_s);
}

std::optional<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Customer Care Registry server: owns the store and serves ccr-client desktops."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    for (const auto &spec : optionSpecs())
        parser.addOption(spec.valueName.isEmpty() ? QCommandLineOption(spec.name, spec.help)
                                                  : QCommandLineOption(spec.name, spec.help, spec.valueName));
    parser.process(arguments);

    const QString configFile =
        parser.isSet(u"config"_s) ? parser.value(u"config"_s) : qEnvironmentVariable("CCR_CONFIG");
    if (!configFile.isEmpty() && !QFileInfo::exists(configFile)) {
        *error = u"Config file %1 does not exist."_s.arg(configFile);
        return std::nullopt;
    }
    const Sources sources(parser, configFile);

    ServerConfig config;
    config.dataDir =
        sources.value(u"data-dir"_s)
            .value_or(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/ccr-server"_s);
    config.listenAddress = sources.value(u"listen"_s).value_or(config.listenAddress);
    config.plain = isTrue(sources.value(u"plain"_s).value_or(u"false"_s));
    config.testClock = isTrue(sources.value(u"test-clock"_s).value_or(u"false"_s));
    config.certificateFile = sources.value(u"certificate"_s).value_or(QDir(config.dataDir).filePath(u"server.crt"_s));
    config.keyFile = sources.value(u"key"_s).value_or(QDir(config.dataDir).filePath(u"server.key"_s));
    int port = config.port;
    if (!readInt(sources, u"port"_s, 0, 65535, port, error)
        || !readInt(sources, u"hello-timeout-ms"_s, 50, 600'000, config.limits.helloTimeoutMs, error)
        || !readInt(sources, u"idle-timeout-ms"_s, 100, 86'400'000, config.limits.idleTimeoutMs, error)
        || !readInt(sources, u"max-connections"_s, 1, 1'000'000, config.maxConnections, error)
        || !readInt(sources, u"session-days"_s, 1, 3650, config.sessionLifetimeDays, error)
        || !readInt(sources, u"code-resend-seconds"_s, 0, 3600, config.codeResendSeconds, error)
        || !readInt(sources, u"sla-check-seconds"_s, 1, 86'400, config.slaCheckSeconds, error)
        || !readInt(sources, u"chat-mail-delay-seconds"_s, 1, 86'400, config.chatMailDelaySeconds, error))
        return std::nullopt;
    config.port = quint16(port);
    int maxAttachmentBytes = int(config.attachments.maxBytes);
    if (!readInt(sources, u"attachment-max-bytes"_s, 1, 1024 * 1024 * 1024, maxAttachmentBytes, error)
        || !readInt(sources, u"attachment-max-per-message"_s, 1, 100, config.attachments.maxPerMessage, error)
        || !readInt(sources, u"attachment-max-uploads"_s, 1, 64, config.attachments.maxUploadsPerConnection, error)
        || !readInt(sources, u"attachment-idle-ms"_s, 100, 86'400'000, config.attachments.idleTimeoutMs, error))
        return std::nullopt;
    config.attachments.maxBytes = maxAttachmentBytes;

    int smtpPort = config.smtp.port;
    int retryMs = int(config.mailRetry.firstRetryMs);
    if (!readInt(sources, u"smtp-port"_s, 1, 65535, smtpPort, error)
        || !readInt(sources, u"mail-max-attempts"_s, 1, 100, config.mailRetry.maxAttempts, error)
        || !readInt(sources, u"mail-retry-ms"_s, 10, 86'400'000, retryMs, error))
        return std::nullopt;
    config.smtp.port = quint16(smtpPort);
    config.mailRetry.firstRetryMs = retryMs;
    config.smtp.host = sources.value(u"smtp-host"_s).value_or(QString());
    config.smtp.security = securityFromName(sources.value(u"smtp-security"_s).value_or(u"starttls"_s));
    config.smtp.username = sources.value(u"smtp-user"_s).value_or(QString());
    // Never from the command line, where every user of the machine sees it.
    config.smtp.password = sources.fileOrEnvironment(u"smtp-password"_s).value_or(QString());
    config.smtp.fromAddress = sources.value(u"mail-from"_s).value_or(QString());
    config.smtp.fromName = sources.value(u"mail-from-name"_s).value_or(config.smtp.fromName);
    const QString confirmation = sources.value(u"email-confirmation"_s).value_or(u"auto"_s);
    if (confirmation == u"required")
        config.emailConfirmation = EmailConfirmation::Required;
    else if (confirmation == u"off")
        config.emailConfirmation = EmailConfirmation::Off;
    else if (confirmation != u"auto") {
        *error = u"--email-confirmation is auto, required or off, not '%1'."_s.arg(confirmation);
        return std::nullopt;
    }
    if (const int at = config.smtp.fromAddress.indexOf(u'@'); at > 0)
        config.mailDomain = config.smtp.fromAddress.mid(at + 1);
    if (parser.isSet(u"create-admin"_s)) {
        config.createAdminEmail = parser.value(u"create-admin"_s);
        config.adminFirstName = parser.value(u"first-name"_s);
        config.adminLastName = parser.value(u"last-name"_s);
    }
    return config;
}

} // namespace ccr::server

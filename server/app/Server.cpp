#include "Server.h"

#include <files/AttachmentFiles.h>
#include <files/UploadTracker.h>
#include <mail/ChatMailBatcher.h>
#include <mail/OutboxSender.h>
#include <mail/SmtpSettingsStore.h>
#include <net/AttemptThrottle.h>
#include <net/EventHub.h>
#include <net/Listener.h>
#include <net/SessionDirectory.h>
#include <security/PasswordHasher.h>
#include <security/SelfSignedCertificate.h>
#include <store/Database.h>
#include <tickets/TicketServices.h>

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>

Q_LOGGING_CATEGORY(lcServer, "ccr.server")

namespace ccr::server {

using namespace Qt::StringLiterals;

namespace {

std::variant<QSslConfiguration, QString> loadTls(const ServerConfig &config)
{
    if (const QString error =
            ensureSelfSignedCertificate(config.keyFile, config.certificateFile, QHostInfo::localHostName());
        !error.isEmpty())
        return error;
    QFile keyFile(config.keyFile);
    QFile certificateFile(config.certificateFile);
    if (!keyFile.open(QIODevice::ReadOnly) || !certificateFile.open(QIODevice::ReadOnly))
        return u"Cannot read %1 or %2."_s.arg(config.keyFile, config.certificateFile);
    const QByteArray keyPem = keyFile.readAll();
    // QSslKey assumes RSA unless told; our own keys are EC, an operator's may be RSA.
    QSslKey key(keyPem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa);
    const auto certificates = QSslCertificate::fromData(certificateFile.readAll());
    if (key.isNull() || certificates.isEmpty())
        return u"The key or certificate is not valid PEM."_s;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPrivateKey(key);
    tls.setLocalCertificateChain(certificates);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace

Server::Server(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_db(std::make_unique<Database>(m_config.databaseFile()))
    , m_hasher(std::make_unique<PasswordHasher>())
    , m_hub(std::make_unique<EventHub>())
    , m_mailer(new OutboxSender(*m_db, m_config.smtp, m_config.mailRetry, this))
    , m_chatMail(new ChatMailBatcher(*m_db, *m_mailer, m_config.mailDomain, this))
    , m_sessions(std::make_unique<SessionDirectory>())
    , m_throttle(std::make_unique<AttemptThrottle>())
    , m_attachmentFiles(std::make_unique<AttachmentFiles>(QDir(m_config.dataDir).filePath(u"attachments"_s)))
    , m_uploads(std::make_unique<UploadTracker>(*m_attachmentFiles, m_config.attachments))
    , m_tickets(std::make_unique<TicketServices>(*m_db, *m_hub, *m_mailer, m_config))
    , m_registry(HandlerRegistry::standard())
    , m_services(std::make_unique<ServerServices>(ServerServices{*m_db, *m_hasher, *m_hub, *m_mailer, *m_sessions,
                                                                 *m_throttle, m_config, *m_tickets, *m_uploads}))
{
}

Server::~Server()
{
    delete m_listener; // sessions first: they unregister from the hub
    delete m_chatMail; // before the mailer and the database it uses
    delete m_mailer;   // before the database it uses
}

QCoro::Task<QString> Server::start()
{
    if (!QDir().mkpath(m_config.dataDir))
        co_return u"Cannot create the data directory %1."_s.arg(m_config.dataDir);
    QFile::setPermissions(m_config.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    std::optional<QSslConfiguration> tls;
    if (!m_config.plain) {
        auto loaded = loadTls(m_config);
        if (auto *error = std::get_if<QString>(&loaded))
            co_return *error;
        tls = std::get<QSslConfiguration>(loaded);
    }
    auto opening = m_db->open();
    if (const QString error = co_await opening; !error.isEmpty())
        co_return error;

    auto loadingSmtp = loadSmtpOverrides(*m_db, m_config.smtp);
    m_mailer->setSmtp(co_await loadingSmtp);
    m_mailer->start();
    m_chatMail->start();
    auto startingTickets = m_tickets->start();
    if (const QString error = co_await startingTickets; !error.isEmpty())
        co_return error;

    if (const QString error = m_attachmentFiles->prepareBlocking(); !error.isEmpty())
        co_return error;
    m_listener = new Listener(m_registry, *m_services, m_config.limits, m_config.maxConnections, this);
    const QHostAddress address(m_config.listenAddress);
    if (address.isNull())
        co_return u"'%1' is not an IP address."_s.arg(m_config.listenAddress);
    if (const QString error = m_listener->listen(address, m_config.port, tls); !error.isEmpty())
        co_return u"Cannot listen on %1:%2: %3"_s.arg(m_config.listenAddress).arg(m_config.port).arg(error);
    qCInfo(lcServer) << "serving" << m_config.databaseFile() << "on" << m_config.listenAddress << port()
                     << (tls ? "with TLS" : "in PLAIN TCP");
    co_return QString();
}

quint16 Server::port() const
{
    return m_listener ? m_listener->port() : 0;
}

} // namespace ccr::server

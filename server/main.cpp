#include <app/AdminBootstrap.h>
#include <app/Server.h>
#include <app/ServerConfig.h>
#include <app/ShutdownSignals.h>

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <sodium.h>

using namespace ccr::server;

int main(int argc, char *argv[])
{
    // Qt's GLib dispatcher slows down with every watched socket; the plain
    // one broadcasts to 10,000 sockets about seven times faster.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ccr-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CCR_VERSION));
    if (sodium_init() < 0)
        return 1;

    QString error;
    const auto config = ServerConfig::fromArguments(QCoreApplication::arguments(), &error);
    if (!config) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    if (!config->createAdminEmail.isEmpty())
        return createAdminFromCommandLine(*config);

    std::signal(SIGPIPE, SIG_IGN);
    ShutdownSignals shutdown;
    Server server(*config);
    QCoro::connect(server.start(), &server, [&server](const QString &failure) {
        if (!failure.isEmpty()) {
            QTextStream(stderr) << "ccr-server: " << failure << Qt::endl;
            QCoreApplication::exit(1);
            return;
        }
        // Tests and scripts read this line to learn the port (--port 0).
        QTextStream(stdout) << "ccr-server listening on port " << server.port() << Qt::endl;
    });
    return app.exec();
}

#include "ClientOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace ccr::client {

using namespace Qt::StringLiterals;

std::optional<ClientOptions> ClientOptions::fromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ccr::client::ClientOptions", "Customer Care Registry desktop client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(
        u"host"_s, QCoreApplication::translate("ccr::client::ClientOptions", "Server host name or address."),
        u"host"_s);
    const QCommandLineOption port(u"port"_s, QCoreApplication::translate("ccr::client::ClientOptions", "Server port."),
                                  u"port"_s);
    const QCommandLineOption plain(
        u"plain"_s,
        QCoreApplication::translate("ccr::client::ClientOptions",
                                    "Connect without TLS (only for servers started with --plain, e.g. in tests)."));
    const QCommandLineOption settingsDir(
        u"settings-dir"_s,
        QCoreApplication::translate("ccr::client::ClientOptions",
                                    "Keep settings and known server certificates in this directory."),
        u"dir"_s);
    parser.addOptions({host, port, plain, settingsDir});
    parser.process(arguments);

    ClientOptions options;
    options.host = parser.value(host).trimmed();
    options.tls = !parser.isSet(plain);
    options.settingsDir = parser.value(settingsDir);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            const QString message =
                QCoreApplication::translate("ccr::client::ClientOptions", "--port needs a number from 1 to 65535.");
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return std::nullopt;
        }
        options.port = quint16(value);
    }
    return options;
}

} // namespace ccr::client

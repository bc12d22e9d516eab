#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ccr::client {

// What the command line asks for. Unset values fall back to the remembered
// server (ClientSettings) and then to the defaults.
struct ClientOptions
{
    QString host;
    std::optional<quint16> port;
    bool tls = true;
    // Where settings and the trust store live; empty: the user's config dir.
    // Tests point it at a temporary directory so nothing leaks between runs.
    QString settingsDir;

    // Handles --help and --version itself (they print and exit, as
    // QCommandLineParser does); nullopt after printing a usage error.
    static std::optional<ClientOptions> fromArguments(const QStringList &arguments);
};

} // namespace ccr::client

#pragma once

#include <QString>

namespace ccr::client {

// The client's remembered settings, kept in one INI file in one directory
// together with the trust store, so a test (or a second profile) can point
// the whole client at its own directory.
class ClientSettings
{
public:
    static constexpr quint16 kDefaultPort = 7730;
    static QString defaultHost();

    // An empty directory means the user's config dir (AppConfigLocation).
    explicit ClientSettings(const QString &directory = {});

    QString directory() const { return m_directory; }
    // Pinned server certificates (TrustStore), as SSH's known_hosts.
    QString trustStorePath() const;

    QString lastHost() const;
    quint16 lastPort() const;
    void rememberServer(const QString &host, quint16 port);

    // A random id made on first use and kept: the server mails a login alert
    // when an account logs in from an id it has not seen before.
    QString clientId();
    // The "Remember me" choice; the token itself lives only in the keychain.
    bool rememberLogin() const;
    void setRememberLogin(bool remember);
    // The language chosen in the View menu (en, ta, hi); empty: the system's.
    QString language() const;
    void setLanguage(const QString &code);

private:
    QString settingsPath() const;

    QString m_directory;
};

} // namespace ccr::client

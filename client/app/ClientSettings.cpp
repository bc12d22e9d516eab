#include "ClientSettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace ccr::client {

using namespace Qt::StringLiterals;

namespace {
const QString kHostKey = u"server/host"_s;
const QString kPortKey = u"server/port"_s;
const QString kClientIdKey = u"client/id"_s;
const QString kRememberKey = u"login/remember"_s;
const QString kLanguageKey = u"ui/language"_s;
} // namespace

QString ClientSettings::defaultHost()
{
    return u"127.0.0.1"_s;
}

ClientSettings::ClientSettings(const QString &directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) : directory)
{
    QDir().mkpath(m_directory);
}

QString ClientSettings::trustStorePath() const
{
    return QDir(m_directory).filePath(u"known_servers.ini"_s);
}

QString ClientSettings::settingsPath() const
{
    return QDir(m_directory).filePath(u"ccr-client.ini"_s);
}

QString ClientSettings::lastHost() const
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    const QString host = settings.value(kHostKey).toString().trimmed();
    return host.isEmpty() ? defaultHost() : host;
}

quint16 ClientSettings::lastPort() const
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    const uint port = settings.value(kPortKey).toUInt();
    return port > 0 && port <= 65535 ? quint16(port) : kDefaultPort;
}

void ClientSettings::rememberServer(const QString &host, quint16 port)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(kHostKey, host);
    settings.setValue(kPortKey, port);
}

QString ClientSettings::clientId()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    QString id = settings.value(kClientIdKey).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(kClientIdKey, id);
    }
    return id;
}

bool ClientSettings::rememberLogin() const
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    return settings.value(kRememberKey, false).toBool();
}

void ClientSettings::setRememberLogin(bool remember)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(kRememberKey, remember);
}

QString ClientSettings::language() const
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    return settings.value(kLanguageKey).toString();
}

void ClientSettings::setLanguage(const QString &code)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

} // namespace ccr::client

#pragma once

#include <protocol/RpcClient.h>

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// A real ccr-server process on loopback with its own temporary data
// directory, on a port the kernel picks. Stopped (and its data removed) when
// the object goes.
class ServerProcess
{
public:
    explicit ServerProcess(QStringList extraArguments = {});
    ~ServerProcess();

    // Creates an admin through the server's command line (password on stdin).
    bool createAdmin(const QString &email, const QString &password, const QString &firstName = QStringLiteral("Ada"),
                     const QString &lastName = QStringLiteral("Admin"));
    // Starts the server and waits (bounded) until it prints its port.
    bool start();
    void stop(); // SIGTERM-free: terminate, then kill if it lingers
    void kill(); // SIGKILL, as a crash would

    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path(); }
    bool tls() const { return !m_arguments.contains(QStringLiteral("--plain")); }
    ccr::protocol::Endpoint endpoint() const { return {QStringLiteral("127.0.0.1"), m_port, tls()}; }
    QString output() const { return m_output; }

    static QString binary();

private:
    QTemporaryDir m_dir;
    QStringList m_arguments;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_output;
};

#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

ServerProcess::ServerProcess(QStringList extraArguments)
    : m_arguments(std::move(extraArguments))
{
    // The server's log goes to the test's output: a failure shows what the server said.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // If the test process dies, its helper process dies with it instead of
    // lingering and holding pipes and ports open.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::binary()
{
    return QStringLiteral(CCR_SERVER_BINARY);
}

bool ServerProcess::createAdmin(const QString &email, const QString &password, const QString &firstName,
                                const QString &lastName)
{
    QProcess bootstrap;
    bootstrap.start(binary(), {u"--data-dir"_s, m_dir.path(), u"--create-admin"_s, email, u"--first-name"_s, firstName,
                               u"--last-name"_s, lastName});
    bootstrap.write(password.toUtf8() + '\n');
    bootstrap.closeWriteChannel();
    if (!bootstrap.waitForFinished(30'000)) // test harness only: a child process, not our event loop
        return false;
    if (bootstrap.exitCode() != 0)
        qWarning() << "create-admin failed:" << bootstrap.readAllStandardError();
    return bootstrap.exitStatus() == QProcess::NormalExit && bootstrap.exitCode() == 0;
}

bool ServerProcess::start()
{
    QStringList arguments{u"--data-dir"_s, m_dir.path(), u"--listen"_s, u"127.0.0.1"_s};
    // Restarting keeps the port so clients can reconnect to the same address.
    arguments << u"--port"_s << QString::number(m_port);
    arguments << m_arguments;
    m_process.start(binary(), arguments);
    if (!m_process.waitForStarted(10'000))
        return false;
    static const QRegularExpression ready(uR"(listening on port (\d+))"_s);
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QTest::qWait(20);
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        if (const auto match = ready.match(m_output); match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    qWarning() << "ccr-server did not start:" << m_output << m_process.readAllStandardError();
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5'000))
        kill();
    m_output.clear();
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5'000);
    m_output.clear();
}

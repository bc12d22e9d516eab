#include "ServerProbe.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <unistd.h>

namespace ccr::bench {

using namespace Qt::StringLiterals;

namespace {

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll(); // /proc files report size 0: read until the end
}

qint64 statusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Inodes of the listening TCP sockets on a port, from /proc/net/tcp and tcp6.
QList<QByteArray> listeningInodes(quint16 port)
{
    QList<QByteArray> inodes;
    const QByteArray portHex = QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        const QList<QByteArray> lines = readProcFile(QString::fromLatin1(table)).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> columns = lines[i].simplified().split(' ');
            if (columns.size() < 10)
                continue;
            const bool listening = columns[3] == "0A";
            if (listening && columns[1].endsWith(':' + portHex))
                inodes << columns[9];
        }
    }
    return inodes;
}

} // namespace

ServerProbe::ServerProbe(qint64 pid, quint16 port)
    : m_pid(pid > 0 ? pid : findListeningProcess(port))
{
}

qint64 ServerProbe::findListeningProcess(quint16 port)
{
    const QList<QByteArray> inodes = listeningInodes(port);
    if (inodes.isEmpty())
        return 0;
    QStringList targets;
    for (const QByteArray &inode : inodes)
        targets << u"socket:["_s + QString::fromLatin1(inode) + u']';
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        const qint64 id = pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        // Only our own processes are readable; that includes the server we started.
        const QString fdDir = u"/proc/%1/fd"_s.arg(pid);
        const QStringList fds = QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            char target[128] = {};
            const QByteArray path = (fdDir + u'/' + fd).toLocal8Bit();
            const ssize_t length = ::readlink(path.constData(), target, sizeof target - 1);
            if (length > 0 && targets.contains(QString::fromLatin1(target, length)))
                return id;
        }
    }
    return 0;
}

ProcessSample ServerProbe::sample() const
{
    ProcessSample sample;
    if (m_pid <= 0)
        return sample;
    const QByteArray status = readProcFile(u"/proc/%1/status"_s.arg(m_pid));
    const QByteArray stat = readProcFile(u"/proc/%1/stat"_s.arg(m_pid));
    if (status.isEmpty() || stat.isEmpty())
        return sample;
    sample.rssKb = statusField(status, "VmRSS");
    sample.peakRssKb = statusField(status, "VmHWM");
    sample.threads = statusField(status, "Threads");
    // Fields after the command name (which may hold spaces) start at field 3;
    // utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() > 12) {
        sample.cpuTicks = fields[11].toLongLong() + fields[12].toLongLong();
        sample.valid = true;
    }
    return sample;
}

double ServerProbe::cpuPercent(const ProcessSample &before, const ProcessSample &after, double wallSeconds)
{
    if (!before.valid || !after.valid || wallSeconds <= 0)
        return -1;
    const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    return 100.0 * double(after.cpuTicks - before.cpuTicks) / ticksPerSecond / wallSeconds;
}

QString loadAverage()
{
    return QString::fromLatin1(readProcFile(u"/proc/loadavg"_s).simplified().split(' ').mid(0, 3).join(' '));
}

QJsonObject machineInfo()
{
    QString model;
    for (const QByteArray &line : readProcFile(u"/proc/cpuinfo"_s).split('\n')) {
        if (line.startsWith("model name")) {
            model = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
            break;
        }
    }
    const qint64 memKb = statusField(readProcFile(u"/proc/meminfo"_s), "MemTotal");
    return {{u"cores"_s, QThread::idealThreadCount()},
            {u"cpuModel"_s, model},
            {u"memTotalMb"_s, memKb / 1024},
            {u"kernel"_s, QSysInfo::kernelVersion()},
            {u"os"_s, QSysInfo::prettyProductName()}};
}

} // namespace ccr::bench

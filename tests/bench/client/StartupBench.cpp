#include "StartupBench.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace ccr::bench {

using namespace Qt::StringLiterals;

QJsonObject StartupResult::toJson() const
{
    return {{u"wallMs"_s, wall.toJson()},
            {u"inProcessMs"_s, inProcess.toJson()},
            {u"failures"_s, failures},
            {u"firstError"_s, firstError}};
}

StartupResult runStartupBench(const StartupOptions &options)
{
    static const QRegularExpression painted(uR"(first window painted ([0-9.]+) ms after main)"_s);
    StartupResult result;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CCR_CLIENT_STARTUP_PROBE"_s, u"exit"_s);
    if (!environment.contains(u"QT_QPA_PLATFORM"_s) && !environment.contains(u"DISPLAY"_s)
        && !environment.contains(u"WAYLAND_DISPLAY"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (int run = 0; run < options.runs; ++run) {
        QTemporaryDir settings;
        QStringList arguments{u"--host"_s,         options.host,   u"--port"_s, QString::number(options.port),
                              u"--settings-dir"_s, settings.path()};
        if (options.plain)
            arguments << u"--plain"_s;
        QProcess client;
        client.setProcessEnvironment(environment);
        client.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer wall;
        wall.start();
        client.start(options.clientBinary, arguments);
        QString output;
        qint64 shownAt = -1;
        while (shownAt < 0 && wall.elapsed() < options.timeoutMs) {
            if (!client.waitForReadyRead(std::max<int>(1, options.timeoutMs - int(wall.elapsed()))))
                break;
            output += QString::fromLocal8Bit(client.readAllStandardOutput());
            if (output.contains(u"first window painted"_s))
                shownAt = wall.nsecsElapsed();
        }
        if (!client.waitForFinished(5'000)) {
            client.kill();
            client.waitForFinished(2'000);
        }
        const auto match = painted.match(output);
        if (shownAt < 0 || !match.hasMatch()) {
            ++result.failures;
            if (result.firstError.isEmpty())
                result.firstError = u"run %1: no start-up line (%2) %3"_s.arg(run + 1).arg(
                    client.errorString(), QString::fromLocal8Bit(client.readAllStandardError()).left(400));
            continue;
        }
        result.wall.add(shownAt);
        result.inProcess.add(qint64(match.captured(1).toDouble() * 1e6));
    }
    return result;
}

} // namespace ccr::bench

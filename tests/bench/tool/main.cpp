#include "BenchOptions.h"
#include "BenchRunner.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // The GLib dispatcher slows down with every watched socket; the bench
    // holds thousands.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ccr-bench"_s);
    std::signal(SIGPIPE, SIG_IGN);

    QString error;
    const auto options = ccr::bench::BenchOptions::fromArguments(QCoreApplication::arguments(), &error);
    if (!options) {
        const bool help =
            QCoreApplication::arguments().contains(u"--help"_s) || QCoreApplication::arguments().contains(u"-h"_s);
        QTextStream(help ? stdout : stderr) << error << Qt::endl;
        return help ? 0 : 2;
    }

    // A hard bound on the whole run: every scenario's own bound, plus time to
    // connect its clients, plus set-up.
    const int boundMs = int(options->scenarios.size() * (options->durationS + 90) * 1000) + 60'000;
    QTimer::singleShot(boundMs, &app, [] {
        QTextStream(stderr) << "ccr-bench: the run exceeded its time bound; stopping." << Qt::endl;
        QCoreApplication::exit(4);
    });

    ccr::bench::BenchRunner runner(*options);
    QCoro::connect(runner.run(), &app, [](int code) { QCoreApplication::exit(code); });
    return app.exec();
}

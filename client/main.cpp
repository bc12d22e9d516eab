// ccr-client: the desktop client. Everything but start-up lives in
// ccr_client_lib, which the GUI tests drive.
#include "app/ClientOptions.h"
#include "app/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace {

// For ccr-bench-client (docs/benchmarks.md): with CCR_CLIENT_STARTUP_PROBE
// set, the client prints one line once its first window has been painted —
// the start-up time a user sees — and with the value "exit" quits right
// after. Nothing happens without the variable.
class StartupProbe : public QObject
{
public:
    StartupProbe(const QElapsedTimer &sinceMain, bool quit)
        : m_sinceMain(sinceMain)
        , m_quit(quit)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            // After this paint event has been handled and flushed.
            QTimer::singleShot(0, this, [this] {
                std::printf("ccr-client: first window painted %.1f ms after main()\n",
                            double(m_sinceMain.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                if (m_quit)
                    QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceMain;
    bool m_quit;
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CustomerCareRegistry"));
    QApplication::setApplicationName(QStringLiteral("ccr-client"));
    QApplication::setApplicationVersion(QStringLiteral(CCR_VERSION));
    ccr::client::installTranslations(app, QLocale());

    const auto options = ccr::client::ClientOptions::fromArguments(QApplication::arguments());
    if (!options)
        return 2;

    ccr::client::MainWindow window(*options);
    const QByteArray probe = qgetenv("CCR_CLIENT_STARTUP_PROBE");
    StartupProbe startupProbe(sinceMain, probe == "exit");
    if (!probe.isEmpty())
        window.installEventFilter(&startupProbe);
    window.show();
    return QApplication::exec();
}

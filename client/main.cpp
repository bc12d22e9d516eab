// ccr-client: the desktop client. Everything but start-up lives in
// ccr_client_lib, which the GUI tests drive.
#include "app/ClientOptions.h"
#include "app/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CustomerCareRegistry"));
    QApplication::setApplicationName(QStringLiteral("ccr-client"));
    QApplication::setApplicationVersion(QStringLiteral(CCR_VERSION));
    ccr::client::installTranslations(app, QLocale());

    const auto options = ccr::client::ClientOptions::fromArguments(QApplication::arguments());
    if (!options)
        return 2;

    ccr::client::MainWindow window(*options);
    window.show();
    return QApplication::exec();
}

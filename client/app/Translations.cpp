#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ccr::client {

using namespace Qt::StringLiterals;

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, u"ccr_client"_s, u"_"_s, u":/i18n"_s)) {
        qCInfo(lcClientApp) << "no client translation for" << locale.uiLanguages();
        delete translator;
        return false;
    }
    app.installTranslator(translator);
    return true;
}

} // namespace ccr::client

#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace ccr::client {

using namespace Qt::StringLiterals;

namespace {

QString codeOf(const QLocale &locale)
{
    const QString code = locale.name().left(2);
    return LanguageManager::languages().contains(code) ? code : u"en"_s;
}

// The language in the system's region when that pair exists (English in
// India writes dates as Indians do), else the language's home region.
QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (system.language() != QLocale::C && codeOf(system) == code)
        return system;
    const QLocale language(code);
    const QLocale regional(language.language(), system.territory());
    return regional.language() == language.language() ? regional : language;
}

} // namespace

LanguageManager *LanguageManager::instance()
{
    // Parented to the application, so it goes before QCoreApplication does.
    static QPointer<LanguageManager> manager;
    if (!manager)
        manager = new LanguageManager;
    return manager;
}

LanguageManager::LanguageManager()
    : QObject(QCoreApplication::instance())
{
    setObjectName(u"languageManager"_s);
}

QStringList LanguageManager::languages()
{
    return {u"en"_s, u"ta"_s, u"hi"_s};
}

QString LanguageManager::nativeName(const QString &code)
{
    // Endonyms, untranslated on purpose: a reader looks for their own language's name.
    if (code == u"ta"_s)
        return u"தமிழ்"_s;
    if (code == u"hi"_s)
        return u"हिन्दी"_s;
    return u"English"_s;
}

QString LanguageManager::systemLanguage()
{
    return codeOf(QLocale::system());
}

void LanguageManager::removeTranslators()
{
    for (QTranslator **translator : {&m_client, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString code = languages().contains(requested) ? requested : systemLanguage();
    const QLocale locale = localeFor(code);
    removeTranslators();
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(this);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = qt;
        QCoreApplication::installTranslator(m_qt);
    } else {
        delete qt;
    }
    auto *client = new QTranslator(this);
    const bool loaded = client->load(locale, u"ccr_client"_s, u"_"_s, u":/i18n"_s);
    if (loaded) {
        m_client = client;
        // Posts LanguageChange to every widget: they retranslate themselves.
        QCoreApplication::installTranslator(m_client);
    } else {
        qCInfo(lcClientApp) << "no client translation for" << locale.uiLanguages();
        delete client;
    }
    const bool changed = m_language != code;
    m_language = loaded ? code : u"en"_s;
    if (changed)
        Q_EMIT languageChanged(m_language);
    return loaded;
}

bool installTranslations(QCoreApplication &, const QLocale &locale)
{
    return LanguageManager::instance()->setLanguage(codeOf(locale));
}

} // namespace ccr::client

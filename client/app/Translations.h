#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QLocale;
class QTranslator;

namespace ccr::client {

// The language the client speaks, switchable while it runs: swaps the
// client's translation (embedded under :/i18n by qt_add_translations) and
// Qt's own (standard buttons and dialogs), and makes QLocale() format dates,
// times and numbers for that language. Installing a translator makes Qt send
// every widget a LanguageChange event; widgets that set their texts in
// changeEvent follow at once (MainWindow and its menus, LoginWidget, the
// connection banner, the shortcuts dialog); the others show the new language
// when they are next created (a panel after the next login, a dialog when
// next opened). One per process, as translators are.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static LanguageManager *instance();

    // The codes CCR has translations for: en, ta, hi.
    static QStringList languages();
    // Each language named in itself (English, தமிழ், हिन्दी).
    static QString nativeName(const QString &code);
    // The system's language when CCR speaks it, else English.
    static QString systemLanguage();

    QString language() const { return m_language; }
    // Switches to code (one of languages(); empty: the system's). Returns
    // false, leaving English, when no translation for it is embedded.
    bool setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    LanguageManager();
    void removeTranslators();

    QString m_language = QStringLiteral("en");
    QTranslator *m_client = nullptr;
    QTranslator *m_qt = nullptr;
};

// Start-up: the language of locale, through the LanguageManager. Returns
// false when the client has no translation for that language, which leaves
// the English source text in place.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace ccr::client

#include "LanguageCombo.h"

#include <QLocale>

namespace ccr::client {

using namespace Qt::StringLiterals;

LanguageCombo::LanguageCombo(QWidget *parent)
    : QComboBox(parent)
{
    // Endonyms, untranslated on purpose: a reader looks for their own language's name.
    addItem(u"English"_s, u"en"_s);
    addItem(u"தமிழ்"_s, u"ta"_s);
    addItem(u"हिन्दी"_s, u"hi"_s);
}

QString LanguageCombo::language() const
{
    return currentData().toString();
}

void LanguageCombo::setLanguage(const QString &code)
{
    const int index = findData(code);
    setCurrentIndex(index >= 0 ? index : 0);
}

QString LanguageCombo::uiLanguage()
{
    const QString code = QLocale().name().left(2);
    return code == u"ta"_s || code == u"hi"_s ? code : u"en"_s;
}

} // namespace ccr::client

#pragma once

class QCoreApplication;
class QLocale;

namespace ccr::client {

// Installs the client's translation for the locale (embedded under :/i18n by
// qt_add_translations) and Qt's own, for standard buttons and dialogs.
// Returns false when the client has no translation for that language, which
// leaves the English source text in place.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace ccr::client

#pragma once

class QAbstractItemModel;

namespace ccr::client {

// Item models are not widgets, so no LanguageChange reaches them; their
// headers and cells (status words, dates in the locale's format) are worded
// in data()/headerData() each time they are asked. followLanguage() makes the
// model say "everything changed" (headerDataChanged for both orientations,
// dataChanged over every cell) whenever the application's language changes,
// so every view showing it asks again and shows the new words at once.
void followLanguage(QAbstractItemModel *model);

} // namespace ccr::client

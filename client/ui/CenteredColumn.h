#pragma once

class QVBoxLayout;
class QWidget;

namespace ccr::client {

// Lays a form page out as one column, centred, no wider than maxWidth,
// and returns the column's layout to fill. Centring with stretches rather
// than an alignment flag keeps height-for-width working, so wrapped error
// messages get the lines they need instead of being clipped.
QVBoxLayout *addCenteredColumn(QWidget *page, int maxWidth);

} // namespace ccr::client

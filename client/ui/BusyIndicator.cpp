#include "BusyIndicator.h"

namespace ccr::client {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QProgressBar(parent)
{
    setRange(0, 0); // indeterminate: we cannot know how long the server takes
    setTextVisible(false);
    setMaximumHeight(6);
    setAccessibleName(tr("Working…"));
    setVisible(false);
}

} // namespace ccr::client

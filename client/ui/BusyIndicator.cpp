#include "BusyIndicator.h"

#include <QEvent>

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

void BusyIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Working…"));
    QProgressBar::changeEvent(event);
}

} // namespace ccr::client

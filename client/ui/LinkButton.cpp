#include "LinkButton.h"

namespace ccr::client {

LinkButton::LinkButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
{
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    QFont linkFont = font();
    linkFont.setUnderline(true);
    setFont(linkFont);
    QPalette linkPalette = palette();
    linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
    setPalette(linkPalette);
}

} // namespace ccr::client

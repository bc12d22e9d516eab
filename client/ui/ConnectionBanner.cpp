#include "ConnectionBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;
using State = ConnectionKeeper::State;

ConnectionBanner::ConnectionBanner(ConnectionKeeper *keeper, QWidget *parent)
    : QFrame(parent)
    , m_keeper(keeper)
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(u"connectionBanner"_s);
    m_heading->setObjectName(u"connectionBannerHeading"_s);
    m_detail->setObjectName(u"connectionBannerDetail"_s);
    m_retry->setObjectName(u"reconnectNowButton"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    // Screen readers announce it as what it is.
    setAccessibleName(tr("Connection status"));

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_heading);
    text->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);

    connect(m_retry, &QPushButton::clicked, keeper, &ConnectionKeeper::retryNow);
    connect(keeper, &ConnectionKeeper::stateChanged, this, &ConnectionBanner::refresh);
    connect(keeper, &ConnectionKeeper::secondsLeftChanged, this, &ConnectionBanner::refresh);
    refresh();
}

QString ConnectionBanner::headline(const ConnectionKeeper &keeper)
{
    switch (keeper.state()) {
    case State::Online: return {};
    case State::Waiting: return tr("Offline — reconnecting in %n s…", nullptr, std::max(keeper.secondsLeft(), 1));
    case State::Reconnecting: return tr("Offline — reconnecting now…");
    case State::GaveUp: return tr("Offline — not reconnecting by itself");
    }
    return {};
}

void ConnectionBanner::refresh()
{
    const State state = m_keeper->state();
    setVisible(state != State::Online);
    if (state == State::Online)
        return;
    m_heading->setText(headline(*m_keeper));
    const QString keep = tr("What you have typed is kept. Sending needs the connection: try again once it is back.");
    m_detail->setText(m_keeper->problem().isEmpty() ? keep : m_keeper->problem() + u"\n"_s + keep);
    m_retry->setText(state == State::GaveUp ? tr("Try again") : tr("Reconnect now"));
    m_retry->setEnabled(state != State::Reconnecting);
    m_retry->setAccessibleName(m_retry->text());
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace ccr::client

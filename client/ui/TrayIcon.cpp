#include "TrayIcon.h"

#include "app/Notifier.h"

#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ccr::client {

using namespace Qt::StringLiterals;

namespace {
constexpr int kIconSize = 64;
constexpr int kPopupMs = 8000;
} // namespace

TrayIcon::TrayIcon(Notifier *notifier, QWidget *window)
    : QObject(window)
    , m_notifier(notifier)
    , m_window(window)
{
    setObjectName(u"trayIcon"_s);
    connect(notifier->model(), &NotificationModel::unreadCountChanged, this, &TrayIcon::onUnreadChanged);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(iconWithBadge(0), this);
    m_tray->setToolTip(tr("Customer Care Registry"));
    connect(notifier, &Notifier::notified, this, &TrayIcon::onNotified);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastShownTicket == 0)
            return;
        for (int row = 0; row < m_notifier->model()->rowCount(); ++row) {
            if (m_notifier->model()->at(row).ticketId == m_lastShownTicket) {
                m_notifier->activate(row);
                return;
            }
        }
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (m_window && reason == QSystemTrayIcon::Trigger) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    m_tray->show();
}

QIcon TrayIcon::iconWithBadge(int unread)
{
    QPixmap pixmap(kIconSize, kIconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A speech bubble: what CCR is about.
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(4, 6, 52, 38), 10, 10);
    bubble.moveTo(16, 42);
    bubble.lineTo(12, 56);
    bubble.lineTo(28, 43);
    painter.fillPath(bubble.simplified(), QColor(0x1e, 0x63, 0xc7));
    painter.setPen(Qt::white);
    QFont font(u"DejaVu Sans"_s);
    font.setBold(true);
    font.setPixelSize(15);
    painter.setFont(font);
    painter.drawText(QRectF(4, 6, 52, 38), Qt::AlignCenter, u"CCR"_s);
    if (unread > 0) {
        const QRectF badge(34, 30, 30, 30);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd0, 0x1c, 0x1c));
        painter.drawEllipse(badge);
        painter.setPen(Qt::white);
        font.setPixelSize(unread > 9 ? 13 : 18);
        painter.setFont(font);
        painter.drawText(badge, Qt::AlignCenter, unread > 99 ? u"99+"_s : QString::number(unread));
    }
    painter.end();
    return QIcon(pixmap);
}

void TrayIcon::onNotified(const NotificationModel::Notification &notification)
{
    // In front of the user, the window's own badge and menu say enough.
    if (!m_tray || (m_window && m_window->isActiveWindow()))
        return;
    m_lastShownTicket = notification.ticketId;
    // SLA news is a call to act now: the desktop's warning style.
    const bool urgent = notification.kind == NotificationModel::Kind::SlaWarning
                        || notification.kind == NotificationModel::Kind::SlaBreached;
    m_tray->showMessage(notification.title, notification.body,
                        urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, kPopupMs);
}

void TrayIcon::onUnreadChanged(int unread)
{
    if (!m_tray)
        return;
    m_tray->setIcon(iconWithBadge(unread));
    m_tray->setToolTip(unread > 0 ? tr("Customer Care Registry — %n unread", nullptr, unread)
                                  : tr("Customer Care Registry"));
}

} // namespace ccr::client

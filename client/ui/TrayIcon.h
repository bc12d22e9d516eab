#pragma once

#include "models/NotificationModel.h"

#include <QIcon>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace ccr::client {

class Notifier;

// The system-tray side of notifications: an icon carrying the unread count
// (badge and tooltip), a desktop popup for each new notification while the
// window is not in front, and a click on the popup opening its ticket. On
// systems without a tray (offscreen tests, some desktops) it does nothing;
// the Notifier's model still holds everything.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(Notifier *notifier, QWidget *window);

    bool isAvailable() const { return m_tray != nullptr; }
    // The app's icon with a red badge showing unread (none when 0).
    static QIcon iconWithBadge(int unread);

private:
    void onNotified(const NotificationModel::Notification &notification);
    void onUnreadChanged(int unread);

    Notifier *m_notifier;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    // The popup last shown: a click on it opens this ticket.
    qint64 m_lastShownTicket = 0;
};

} // namespace ccr::client

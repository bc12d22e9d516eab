#pragma once

#include <domain/TicketPriority.h>
#include <domain/TicketStatus.h>

#include <QColor>
#include <QCoreApplication>
#include <QStyledItemDelegate>

#include <functional>
#include <optional>

class QAbstractItemView;
class QLabel;
class QPalette;

namespace ccr::client {

// How a ticket's status and priority look everywhere: a word AND a colour,
// never colour alone (colour-blind readers, monochrome screenshots, screen
// readers get the word). The colours are derived from one hue per value and
// the window's palette, so they stay readable in light and dark themes.
class StatusStyle
{
    Q_DECLARE_TR_FUNCTIONS(ccr::client::StatusStyle)
public:
    struct Look
    {
        QString text;
        QColor background;
        QColor foreground;
        bool emphasised = false; // bold: urgent, breached
    };

    static QString statusText(domain::TicketStatus status);
    static QString priorityText(domain::TicketPriority priority);
    static Look status(domain::TicketStatus status, const QPalette &palette);
    static Look priority(domain::TicketPriority priority, const QPalette &palette);
    // A dark theme: the window background is darker than its text.
    static bool isDark(const QPalette &palette);

    // Turns label into a small badge showing look (text, colours, padding).
    static void apply(QLabel *label, const Look &look);
    // Paints the status column of a ticket list (a view over a
    // TicketListModel) as badges; other columns stay as they are.
    static void badgeStatusColumn(QAbstractItemView *view);
};

// Paints a cell as a StatusStyle badge (rounded, coloured, with its word),
// for views that adopt it: setItemDelegateForColumn(column, delegate).
// lookFor returns the badge of a cell, or nullopt to paint it as usual.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using LookFor = std::function<std::optional<StatusStyle::Look>(const QModelIndex &, const QPalette &)>;
    StatusBadgeDelegate(LookFor lookFor, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    LookFor m_lookFor;
};

} // namespace ccr::client

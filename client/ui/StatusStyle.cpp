#include "StatusStyle.h"

#include "models/TicketListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPalette>

namespace ccr::client {

using namespace Qt::StringLiterals;
using domain::TicketPriority;
using domain::TicketStatus;

namespace {

constexpr int kGrey = -1; // no hue: grey

int statusHue(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Open: return 215;             // blue: new, waiting for someone
    case TicketStatus::AgentAssigned: return 265;    // violet: someone has it
    case TicketStatus::InProgress: return 42;        // amber: being worked on
    case TicketStatus::WaitingOnCustomer: return 22; // orange: the customer's turn
    case TicketStatus::Resolved: return 130;         // green: done
    case TicketStatus::Closed: return kGrey;
    }
    return kGrey;
}

int priorityHue(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Low: return kGrey;
    case TicketPriority::Normal: return 215;
    case TicketPriority::High: return 28;
    case TicketPriority::Urgent: return 0;
    }
    return kGrey;
}

StatusStyle::Look lookFor(const QString &text, int hue, const QPalette &palette, bool emphasised)
{
    const bool dark = StatusStyle::isDark(palette);
    const int saturation = hue == kGrey ? 0 : (dark ? 110 : 170);
    const int h = hue == kGrey ? 0 : hue;
    // Pale badge with deep text on light themes, deep badge with pale text
    // on dark ones: both well above 4.5:1 contrast.
    StatusStyle::Look look;
    look.text = text;
    look.background = QColor::fromHsl(h, saturation, dark ? 60 : 228);
    look.foreground = QColor::fromHsl(h, hue == kGrey ? 0 : 200, dark ? 215 : 60);
    look.emphasised = emphasised;
    return look;
}

} // namespace

QString StatusStyle::statusText(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Open: return tr("Open");
    case TicketStatus::AgentAssigned: return tr("Agent assigned");
    case TicketStatus::InProgress: return tr("In progress");
    case TicketStatus::WaitingOnCustomer: return tr("Waiting on customer");
    case TicketStatus::Resolved: return tr("Resolved");
    case TicketStatus::Closed: return tr("Closed");
    }
    return {};
}

QString StatusStyle::priorityText(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Low: return tr("Low");
    case TicketPriority::Normal: return tr("Normal");
    case TicketPriority::High: return tr("High");
    case TicketPriority::Urgent: return tr("Urgent");
    }
    return {};
}

bool StatusStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

StatusStyle::Look StatusStyle::status(TicketStatus status, const QPalette &palette)
{
    return lookFor(statusText(status), statusHue(status), palette, false);
}

StatusStyle::Look StatusStyle::priority(TicketPriority priority, const QPalette &palette)
{
    return lookFor(priorityText(priority), priorityHue(priority), palette, priority == TicketPriority::Urgent);
}

void StatusStyle::apply(QLabel *label, const Look &look)
{
    label->setText(look.text);
    label->setAccessibleName(look.text);
    label->setStyleSheet(u"QLabel { background-color: %1; color: %2; border-radius: 8px; padding: 1px 8px; %3 }"_s.arg(
        look.background.name(), look.foreground.name(), look.emphasised ? u"font-weight: bold;"_s : QString()));
}

void StatusStyle::badgeStatusColumn(QAbstractItemView *view)
{
    auto *tickets = qobject_cast<TicketListModel *>(view->model());
    if (!tickets)
        return; // a proxy or another model: the view keeps its own painting
    auto lookFor = [tickets](const QModelIndex &index, const QPalette &palette) -> std::optional<Look> {
        if (!index.isValid() || index.row() >= tickets->rowCount())
            return std::nullopt;
        return status(tickets->ticketAt(index.row()).status, palette);
    };
    view->setItemDelegateForColumn(TicketListModel::StatusColumn, new StatusBadgeDelegate(lookFor, view));
}

StatusBadgeDelegate::StatusBadgeDelegate(LookFor lookFor, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_lookFor(std::move(lookFor))
{
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto look = m_lookFor(index, option.palette);
    if (!look) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection as usual, then the badge on top.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QStyle *style = base.widget ? base.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &base, painter, base.widget);

    QFont font = option.font;
    font.setBold(look->emphasised);
    const QFontMetrics metrics(font);
    const int padding = metrics.height() / 2;
    const int width = std::min(metrics.horizontalAdvance(look->text) + 2 * padding, option.rect.width() - 4);
    const int height = std::min(metrics.height() + 4, option.rect.height() - 2);
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(look->background);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(look->foreground);
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(look->text, Qt::ElideRight, badge.width() - padding));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const auto look = m_lookFor(index, option.palette);
    if (look) {
        QFont font = option.font;
        font.setBold(look->emphasised);
        const QFontMetrics metrics(font);
        size.setWidth(std::max(size.width(), metrics.horizontalAdvance(look->text) + metrics.height() + 8));
    }
    return size;
}

} // namespace ccr::client

#include "PanelCommands.h"

#include "ChatPanel.h"
#include "TicketDetailView.h"
#include "app/Session.h"
#include "app/ShortcutRegistry.h"
#include "models/TicketFeed.h"
#include "models/TicketListModel.h"

#include <QAbstractButton>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

namespace ccr::client {

using namespace Qt::StringLiterals;
using Command = ShortcutRegistry::Command;

PanelCommands::PanelCommands(ShortcutRegistry *shortcuts, Session *session, QWidget *panel)
    : QObject(panel)
    , m_panel(panel)
{
    setObjectName(u"panelCommands"_s);
    if (panel->findChild<QAbstractButton *>(u"newTicketButton"_s)
        || panel->findChild<QAbstractButton *>(u"raiseForCallerButton"_s))
        shortcuts->attach(Command::NewTicket, this, [this] { newTicket(); });
    if (panel->findChild<QLineEdit *>(u"searchEdit"_s))
        shortcuts->attach(Command::FocusSearch, this, [this] { focusSearch(); });
    if (panel->findChild<TicketFeed *>()) {
        shortcuts->attach(Command::Refresh, this, [this] { refresh(); });
        // Events missed while offline could not be replayed: load afresh.
        connect(session, &Session::resyncRequired, this, &PanelCommands::refresh);
    }
    if (view()) {
        shortcuts->attach(Command::NextTicket, this, [this] { moveSelection(1); });
        shortcuts->attach(Command::PreviousTicket, this, [this] { moveSelection(-1); });
        shortcuts->attach(Command::Reply, this, [this] { replyToSelected(); });
    }
}

QTableView *PanelCommands::view() const
{
    return m_panel ? m_panel->findChild<QTableView *>(u"ticketView"_s) : nullptr;
}

void PanelCommands::newTicket()
{
    for (const QString &name : {u"newTicketButton"_s, u"raiseForCallerButton"_s}) {
        auto *button = m_panel->findChild<QAbstractButton *>(name);
        // The button may be grey for a reason (email not confirmed): the key obeys it too.
        if (button && button->isEnabled()) {
            bringForward(button);
            button->click();
            return;
        }
    }
}

void PanelCommands::focusSearch()
{
    if (auto *search = m_panel->findChild<QLineEdit *>(u"searchEdit"_s)) {
        bringForward(search);
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

void PanelCommands::refresh()
{
    for (TicketFeed *feed : m_panel->findChildren<TicketFeed *>())
        feed->start();
}

void PanelCommands::moveSelection(int step)
{
    QTableView *table = view();
    if (!table || !table->model() || table->model()->rowCount() == 0)
        return;
    bringForward(table);
    const int rows = table->model()->rowCount();
    const QModelIndex current = table->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + step, 0, rows - 1) : (step > 0 ? 0 : rows - 1);
    table->setFocus(Qt::ShortcutFocusReason);
    table->setCurrentIndex(table->model()->index(row, 0));
    table->selectRow(row);
    table->scrollTo(table->model()->index(row, 0));
}

void PanelCommands::replyToSelected()
{
    // In an open ticket the ChatPanel answers the key itself; here the list
    // is on screen: open the selected ticket and write in it.
    QTableView *table = view();
    if (!table || !table->isVisible() || !table->currentIndex().isValid())
        return;
    const QModelIndex current = table->currentIndex();
    const qint64 ticketId = current.data(TicketListModel::TicketIdRole).toLongLong();
    Q_EMIT table->activated(current);
    if (auto *detail = m_panel->findChild<TicketDetailView *>(u"ticketDetail-%1"_s.arg(ticketId)))
        detail->chat()->focusComposer();
}

bool PanelCommands::showTicket(qint64 ticketId)
{
    QTableView *table = view();
    if (!table || !table->model())
        return false;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(TicketListModel::TicketIdRole).toLongLong() == ticketId) {
            bringForward(table);
            table->setCurrentIndex(model->index(row, 0));
            table->selectRow(row);
            table->scrollTo(model->index(row, 0));
            return true;
        }
    }
    return false;
}

void PanelCommands::bringForward(QWidget *widget)
{
    auto *tabs = m_panel->findChild<QTabWidget *>(u"panelTabs"_s);
    if (!tabs)
        return;
    for (QWidget *w = widget; w && w != tabs; w = w->parentWidget()) {
        const int index = tabs->indexOf(w);
        if (index >= 0) {
            tabs->setCurrentIndex(index);
            return;
        }
    }
}

} // namespace ccr::client

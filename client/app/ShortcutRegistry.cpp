#include "ShortcutRegistry.h"

#include <QAction>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QWidget>

namespace ccr::client {

using namespace Qt::StringLiterals;

namespace {
bool windowOwned(ShortcutRegistry::Command command)
{
    using C = ShortcutRegistry::Command;
    return command == C::LogOut || command == C::Quit || command == C::ShortcutsHelp;
}
} // namespace

ShortcutRegistry::ShortcutRegistry(QWidget *window)
    : QObject(window)
{
    setObjectName(u"shortcutRegistry"_s);
    for (Command command : commands()) {
        auto *action = new QAction(this);
        // newTicketAction, logOutAction…: what tests and panels look for.
        QString name = QString::fromLatin1(QMetaEnum::fromType<Command>().valueToKey(int(command)));
        name[0] = name[0].toLower();
        action->setObjectName(name + u"Action"_s);
        action->setShortcut(shortcut(command));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(windowOwned(command));
        window->addAction(action);
        m_actions.insert(command, action);
    }
    retranslate();
}

QList<ShortcutRegistry::Command> ShortcutRegistry::commands()
{
    return {Command::NewTicket,      Command::FocusSearch, Command::Refresh, Command::NextTicket,
            Command::PreviousTicket, Command::Reply,       Command::Assign,  Command::ChangeStatus,
            Command::CannedResponse, Command::LogOut,      Command::Quit,    Command::ShortcutsHelp};
}

QKeySequence ShortcutRegistry::shortcut(Command command)
{
    switch (command) {
    case Command::NewTicket: return QKeySequence(Qt::CTRL | Qt::Key_N);
    case Command::FocusSearch: return QKeySequence(Qt::CTRL | Qt::Key_F);
    case Command::Refresh: return QKeySequence(Qt::Key_F5);
    case Command::NextTicket: return QKeySequence(Qt::CTRL | Qt::Key_J);
    case Command::PreviousTicket: return QKeySequence(Qt::CTRL | Qt::Key_K);
    case Command::Reply: return QKeySequence(Qt::CTRL | Qt::Key_R);
    case Command::Assign: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    case Command::ChangeStatus: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    case Command::CannedResponse: return QKeySequence(Qt::CTRL | Qt::Key_Space);
    case Command::LogOut: return QKeySequence(Qt::CTRL | Qt::Key_L);
    case Command::Quit: return QKeySequence(Qt::CTRL | Qt::Key_Q);
    case Command::ShortcutsHelp: return QKeySequence(Qt::Key_F1);
    }
    return {};
}

QString ShortcutRegistry::title(Command command)
{
    switch (command) {
    case Command::NewTicket: return tr("&New ticket…");
    case Command::FocusSearch: return tr("&Search tickets");
    case Command::Refresh: return tr("&Refresh");
    case Command::NextTicket: return tr("Ne&xt ticket");
    case Command::PreviousTicket: return tr("&Previous ticket");
    case Command::Reply: return tr("Re&ply");
    case Command::Assign: return tr("&Assign…");
    case Command::ChangeStatus: return tr("Change s&tatus…");
    case Command::CannedResponse: return tr("Insert &canned response…");
    case Command::LogOut: return tr("Log &out");
    case Command::Quit: return tr("&Quit");
    case Command::ShortcutsHelp: return tr("&Keyboard shortcuts");
    }
    return {};
}

QString ShortcutRegistry::description(Command command)
{
    switch (command) {
    case Command::NewTicket: return tr("Raise a new ticket");
    case Command::FocusSearch: return tr("Jump to the ticket search field");
    case Command::Refresh: return tr("Load the ticket list again");
    case Command::NextTicket: return tr("Select the next ticket in the list");
    case Command::PreviousTicket: return tr("Select the previous ticket in the list");
    case Command::Reply: return tr("Write a reply in the open ticket's chat");
    case Command::Assign: return tr("Assign the open ticket to an agent");
    case Command::ChangeStatus: return tr("Change the open ticket's status");
    case Command::CannedResponse: return tr("Insert a canned response into the reply");
    case Command::LogOut: return tr("Log out and return to the login page");
    case Command::Quit: return tr("Close the client");
    case Command::ShortcutsHelp: return tr("Show this list of shortcuts");
    }
    return {};
}

QString ShortcutRegistry::plainTitle(Command command)
{
    static const QRegularExpression bracketed(u"\\s*\\(&.\\)"_s);
    return title(command).remove(bracketed).remove(u'&');
}

ShortcutRegistry *ShortcutRegistry::of(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *registry = w->findChild<ShortcutRegistry *>(QString(), Qt::FindDirectChildrenOnly))
            return registry;
    }
    return nullptr;
}

void ShortcutRegistry::noteAttached(Command command, QObject *receiver)
{
    QList<QObject *> &receivers = m_receivers[command];
    if (!receivers.contains(receiver)) {
        receivers.append(receiver);
        connect(receiver, &QObject::destroyed, this, [this, command](QObject *gone) {
            m_receivers[command].removeAll(gone);
            updateEnabled(command);
        });
    }
    updateEnabled(command);
}

void ShortcutRegistry::detach(Command command, QObject *receiver)
{
    QAction *target = action(command);
    target->disconnect(receiver);
    m_receivers[command].removeAll(receiver);
    updateEnabled(command);
}

void ShortcutRegistry::updateEnabled(Command command)
{
    if (!windowOwned(command))
        action(command)->setEnabled(!m_receivers.value(command).isEmpty());
}

void ShortcutRegistry::retranslate()
{
    for (Command command : commands()) {
        QAction *target = action(command);
        target->setText(title(command));
        target->setToolTip(description(command));
        target->setStatusTip(description(command));
    }
}

} // namespace ccr::client

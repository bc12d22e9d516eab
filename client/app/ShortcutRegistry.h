#pragma once

#include <QAction>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

class QWidget;

namespace ccr::client {

// The client's keyboard commands as one QAction each, with its shortcut,
// owned by the main window (so the shortcut works anywhere in it) and shown
// in its menus. The window implements its own (log out, quit, shortcuts
// help); the others belong to panels, which attach() to them:
//
//   NewTicket       Ctrl+N        CustomerPanel (opens New ticket); staff: the raise-for-customer dialog
//   FocusSearch     Ctrl+F        the ticket list's filter bar (focus the search field)
//   Refresh         F5            the panels (reload the ticket list)
//   NextTicket      Ctrl+J        the ticket list (select the next row)
//   PreviousTicket  Ctrl+K        the ticket list (select the previous row)
//   Reply           Ctrl+R        ChatPanel of the open ticket (focus its composer); on the list
//                                 PanelCommands opens the selected ticket and focuses its composer
//   Assign          Ctrl+Shift+A  the ticket detail (focus and open the Assign to… combo; admins)
//   ChangeStatus    Ctrl+Shift+S  the ticket detail (focus the first status button)
//   CannedResponse  Ctrl+Space    ChatPanel (open the canned response picker; staff)
//   LogOut          Ctrl+L        MainWindow
//   Quit            Ctrl+Q        MainWindow
//   ShortcutsHelp   F1            MainWindow (the Keyboard shortcuts dialog)
//
// A panel command is disabled until something is attached to it, so a menu
// never offers what nothing does; it goes grey again when its last receiver
// is destroyed (a panel replaced at logout) or detached.
class ShortcutRegistry : public QObject
{
    Q_OBJECT
public:
    enum class Command
    {
        NewTicket,
        FocusSearch,
        Refresh,
        NextTicket,
        PreviousTicket,
        Reply,
        Assign,
        ChangeStatus,
        CannedResponse,
        LogOut,
        Quit,
        ShortcutsHelp,
    };
    Q_ENUM(Command)

    // window: where the shortcuts work (the actions are added to it).
    explicit ShortcutRegistry(QWidget *window);

    static QList<Command> commands();
    static QKeySequence shortcut(Command command);
    // What the command does, in the current language (menus, help dialog).
    static QString title(Command command);
    // title() without its mnemonic, for lists: "&New ticket…" and
    // "புதிய டிக்கெட் (&N)…" (scripts where an underlined letter would split a
    // syllable put the key in brackets) both lose the marker.
    static QString plainTitle(Command command);
    static QString description(Command command);

    QAction *action(Command command) const { return m_actions.value(command); }

    // The registry of the window that widget is in (walking up through
    // dialogs' parents), or nullptr outside a main window (tests of a lone widget).
    static ShortcutRegistry *of(const QWidget *widget);

    // Runs slot on receiver when the command is triggered, for as long as
    // receiver lives; the command is enabled while anything is attached.
    template <typename Slot> void attach(Command command, QObject *receiver, Slot slot)
    {
        QAction *target = action(command);
        connect(target, &QAction::triggered, receiver, slot);
        noteAttached(command, receiver);
    }
    // Stops delivering the command to receiver (its other commands stay).
    void detach(Command command, QObject *receiver);

    // Titles in the current language; called on LanguageChange.
    void retranslate();

private:
    void noteAttached(Command command, QObject *receiver);
    void updateEnabled(Command command);

    QHash<Command, QAction *> m_actions;
    QHash<Command, QList<QObject *>> m_receivers;
};

} // namespace ccr::client

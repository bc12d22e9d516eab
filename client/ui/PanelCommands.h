#pragma once

#include <QObject>
#include <QPointer>

class QAbstractButton;
class QTableView;
class QWidget;

namespace ccr::client {

class Session;
class ShortcutRegistry;

// The window's keyboard commands that act on a role panel's ticket list,
// attached to whatever panel is shown, through what a user sees in it (by
// objectName, as the panels name their controls): New ticket
// (newTicketButton, or raiseForCallerButton for staff), Search (searchEdit),
// Refresh and the reload after missed events (the panel's TicketFeed), next
// and previous ticket (ticketView), and showing the ticket a notification
// is about; Reply (Ctrl+R) with the list on screen opens the selected
// ticket with the cursor in its reply. Lives as long as its panel. In an open
// ticket, Reply and Canned response are the ChatPanel's, Assign and Change
// status the TicketDetailView's.
class PanelCommands : public QObject
{
    Q_OBJECT
public:
    PanelCommands(ShortcutRegistry *shortcuts, Session *session, QWidget *panel);

    // Selects the ticket in the panel's list and brings its tab forward;
    // false when the list does not show it (filtered out, not loaded).
    bool showTicket(qint64 ticketId);

private:
    void newTicket();
    void focusSearch();
    void refresh();
    void moveSelection(int step);
    void replyToSelected();
    QTableView *view() const;
    void bringForward(QWidget *widget);

    QPointer<QWidget> m_panel;
};

} // namespace ccr::client

#pragma once

#include <domain/User.h>

#include <QJsonObject>
#include <QWidget>

#include <qcoro/qcorotask.h>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class PeopleModel;
class Session;

// An administrator's "People": every agent and administrator with their
// state, invitations, and the state changes the server allows — each
// button enabled only for a selected account in a state it applies to.
// The list follows user.changed events on the connection's one event
// stream (subscribed by the ticket feed), so another admin's change or an
// agent's self-registration appears without reloading.
class PeopleTab : public QWidget
{
    Q_OBJECT
public:
    PeopleTab(Session *session, QWidget *parent = nullptr);

    PeopleModel *model() const { return m_model; }
    // Call once the connection's event stream is live (see StaffPanel), so
    // that no replayed event older than the list can arrive after it.
    void load();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    QCoro::Task<> loadUsers();
    std::optional<domain::UserProfile> selectedUser() const;
    void selectUser(qint64 userId);
    void updateButtons();
    void openInviteDialog(domain::Role role);
    // Asks first, without blocking: the action runs when the user confirms.
    void confirmThen(const QString &question, const QString &confirmText, std::function<void()> action);
    void changeState(QString method, const domain::UserProfile &user);
    void endSessions(const domain::UserProfile &user);
    void onStateChanged(const QString &method, const QString &name, const protocol::Reply &reply);
    void showStatus(const QString &message, bool error);
    void setBusy(bool busy);

    Session *m_session;
    PeopleModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    BusyIndicator *m_busy;
    QLabel *m_heading = nullptr;
    QPushButton *m_inviteAgent;
    QPushButton *m_inviteAdmin;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_deactivate;
    QPushButton *m_reactivate;
    QPushButton *m_endSessions;
    bool m_busyNow = false;
    qint64 m_selectedId = 0;
};

} // namespace ccr::client

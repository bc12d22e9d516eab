#pragma once

#include <QWidget>

#include <qcoro/qcorotask.h>

class QComboBox;
class QLabel;

namespace ccr::client {

class Session;

// An agent's own "Online / Away" (presence.set): away agents get no tickets
// from automatic assignment. Shows what the server says the agent's state
// is (presence.list, then presence.changed), so a second window of the same
// agent stays in step.
class PresenceSwitch : public QWidget
{
    Q_OBJECT
public:
    explicit PresenceSwitch(Session *session, QWidget *parent = nullptr);

    // Call once the event stream is live.
    void load();
    QString state() const { return m_state; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    QCoro::Task<> fetch();
    void choose(int index);
    void show(const QString &state);

    Session *m_session;
    QComboBox *m_combo;
    QLabel *m_error;
    QLabel *m_label = nullptr;
    QString m_unavailable; // set while the error says "Presence unavailable"
    QString m_state;
};

} // namespace ccr::client

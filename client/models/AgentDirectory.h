#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <qcoro/qcorotask.h>

class QTimer;

namespace ccr::client {

class AgentPresenceModel;
class Session;

// Keeps the staff's picture of the agents current: presence.list (or, from
// a server without presence, the active agents of user.list), the category
// names for their skills (category.list), presence.changed events applied
// as they come, and a reload a moment after ticket changes, because those
// move the agents' open-work counts.
class AgentDirectory : public QObject
{
    Q_OBJECT
public:
    AgentDirectory(Session *session, QObject *parent = nullptr);

    AgentPresenceModel *model() const { return m_model; }
    const QHash<qint64, QString> &categoryNames() const { return m_categoryNames; }
    // Call once the event stream is live (as the People tab does).
    void load();
    bool hasPresence() const { return m_hasPresence; }

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    QCoro::Task<> loadAll();
    void onEvent(const QString &event, const QJsonObject &data);

    Session *m_session;
    AgentPresenceModel *m_model;
    QTimer *m_reload;
    QHash<qint64, QString> m_categoryNames;
    bool m_hasPresence = false;
    bool m_loading = false;
    bool m_loadAgain = false;
};

} // namespace ccr::client

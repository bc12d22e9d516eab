#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThreadPool;
class QTimer;

namespace ccr::server {

// Copies the write-ahead log back into the database file from its own
// connection and thread, so the database thread never does it inside a
// commit. SQLite's automatic checkpoint runs in whichever commit crosses the
// threshold: at a million tickets with twenty indexes that commit waited
// 40-130 ms, the p99 of a single client's ticket.create. A PASSIVE checkpoint
// never blocks the writer; the writer's own automatic checkpoint stays as a
// far-off safety net (Database sets it to kSafetyNetPages).
class WalCheckpointer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSafetyNetPages = 10000; // 40 MB of log

    explicit WalCheckpointer(QString sqliteFile, QObject *parent = nullptr);
    ~WalCheckpointer() override;

    void start(int intervalMs);

private:
    void checkpoint(); // on the checkpoint thread

    QString m_file;
    struct Connection;
    std::unique_ptr<Connection> m_connection; // touched only on the checkpoint thread
    std::unique_ptr<QThreadPool> m_thread;
    QTimer *m_timer;
    std::atomic_bool m_running{false};
};

} // namespace ccr::server

#pragma once

#include "app/ConnectionKeeper.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace ccr::client {

// "Offline — reconnecting in 4 s…" across the top of the window while the
// connection is gone: a banner, never a modal, so the user can keep reading
// and typing. Counts down with the ConnectionKeeper, says why the last
// attempt failed, and offers to try at once. Hidden while online.
class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(ConnectionKeeper *keeper, QWidget *parent = nullptr);

    // The one-line text the status bar shows too; empty while online.
    static QString headline(const ConnectionKeeper &keeper);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ConnectionKeeper *m_keeper;
    QLabel *m_icon;
    QLabel *m_heading;
    QLabel *m_detail;
    QPushButton *m_retry;
};

} // namespace ccr::client

#pragma once

#include <QProgressBar>

namespace ccr::client {

// A thin indeterminate bar shown while a request is on its way.
class BusyIndicator : public QProgressBar
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void setBusy(bool busy) { setVisible(busy); }

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace ccr::client

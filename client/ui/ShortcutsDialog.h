#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ccr::client {

// Help → Keyboard shortcuts: every command of the ShortcutRegistry with its
// keys and what it does, and whether it works where the user is now (a
// command no panel has taken up yet is listed as "not here").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QLabel *m_intro;
    QTableWidget *m_table;
};

} // namespace ccr::client

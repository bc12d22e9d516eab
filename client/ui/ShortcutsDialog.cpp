#include "ShortcutsDialog.h"

#include "app/ShortcutRegistry.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;
using Command = ShortcutRegistry::Command;

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_intro->setWordWrap(true);
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 460);
    fill();
}

void ShortcutsDialog::fill()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_intro->setText(tr("These keys work anywhere in the main window. Commands marked \"not here\" work once "
                        "the view they act on is open."));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Command"), tr("What it does")});
    const ShortcutRegistry *registry = ShortcutRegistry::of(parentWidget());
    const auto commands = ShortcutRegistry::commands();
    m_table->setRowCount(int(commands.size()));
    for (int row = 0; row < commands.size(); ++row) {
        const Command command = commands.at(row);
        const QAction *action = registry ? registry->action(command) : nullptr;
        QString description = ShortcutRegistry::description(command);
        if (action && !action->isEnabled())
            description += u" "_s + tr("(not here)");
        const QString title = ShortcutRegistry::plainTitle(command);
        m_table->setItem(row, 0,
                         new QTableWidgetItem(ShortcutRegistry::shortcut(command).toString(QKeySequence::NativeText)));
        m_table->setItem(row, 1, new QTableWidgetItem(title));
        m_table->setItem(row, 2, new QTableWidgetItem(description));
    }
    m_table->resizeColumnsToContents();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QDialog::changeEvent(event);
}

} // namespace ccr::client

#include "CannedPicker.h"

#include "models/CannedResponseModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

CannedPicker::CannedPicker(CannedResponseModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"cannedPicker"_s);
    m_filter->setObjectName(u"cannedFilter"_s);
    m_list->setObjectName(u"cannedList"_s);
    m_empty->setObjectName(u"cannedEmpty"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(CannedResponseModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *manage = new QPushButton(this);
    m_manage = manage;
    manage->setObjectName(u"manageCannedButton"_s);
    manage->setAutoDefault(false);
    auto *insert = new QPushButton(this);
    m_insert = insert;
    insert->setObjectName(u"insertCannedButton"_s);
    insert->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(manage);
    buttons->addStretch();
    buttons->addWidget(insert);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    resize(420, 320);
    retranslate();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        // The best guess after narrowing is the first match.
        m_list->setCurrentIndex(m_proxy->index(0, 0));
        updateEmptyState();
    });
    connect(m_list, &QListView::activated, this, &CannedPicker::choose);
    connect(insert, &QPushButton::clicked, this, &CannedPicker::choose);
    connect(manage, &QPushButton::clicked, this, [this] {
        Q_EMIT manageRequested();
        reject();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CannedPicker::selectFirst);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CannedPicker::selectFirst);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CannedPicker::selectFirst);
    selectFirst();
    m_filter->setFocus();
}

int CannedPicker::visibleCount() const
{
    return m_proxy->rowCount();
}

void CannedPicker::selectFirst()
{
    if (m_proxy->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    updateEmptyState();
}

void CannedPicker::updateEmptyState()
{
    if (!m_model->hasLoaded())
        m_empty->setText(tr("Loading…"));
    else if (m_model->rowCount() == 0)
        m_empty->setText(tr("No canned responses yet. Create one with Manage…"));
    else if (m_proxy->rowCount() == 0)
        m_empty->setText(tr("Nothing matches “%1”.").arg(m_filter->text()));
    m_empty->setVisible(m_proxy->rowCount() == 0);
}

bool CannedPicker::eventFilter(QObject *watched, QEvent *event)
{
    // The filter keeps the focus; the arrows still move through the list.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_proxy->rowCount();
        const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        if (key->key() == Qt::Key_Down && rows > 0) {
            m_list->setCurrentIndex(m_proxy->index(std::min(current + 1, rows - 1), 0));
            return true;
        }
        if (key->key() == Qt::Key_Up && rows > 0) {
            m_list->setCurrentIndex(m_proxy->index(std::max(current - 1, 0), 0));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CannedPicker::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(current);
    Q_EMIT chosen(m_model->responseAt(source.row()));
    accept();
}

void CannedPicker::retranslate()
{
    setWindowTitle(tr("Insert a canned response"));
    m_filter->setPlaceholderText(tr("Type to filter…"));
    m_filter->setAccessibleName(tr("Filter canned responses"));
    m_list->setAccessibleName(tr("Canned responses"));
    m_manage->setText(tr("Manage…"));
    m_insert->setText(tr("Insert"));
    updateEmptyState();
}

void CannedPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ccr::client

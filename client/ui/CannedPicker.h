#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

class QPushButton;

namespace ccr::client {

class CannedResponseModel;
struct CannedResponse;

// The quick way to a canned response: a small popup with a filter that
// narrows the list as one types (title and text), Up/Down to move, Enter to
// insert, Escape to leave. "Manage…" opens the responses for editing.
class CannedPicker : public QDialog
{
    Q_OBJECT
public:
    CannedPicker(CannedResponseModel *model, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QListView *list() const { return m_list; }
    int visibleCount() const;

Q_SIGNALS:
    void chosen(const ccr::client::CannedResponse &response);
    void manageRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void choose();
    void selectFirst();
    void updateEmptyState();

    CannedResponseModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_manage = nullptr;
    QPushButton *m_insert = nullptr;
};

} // namespace ccr::client

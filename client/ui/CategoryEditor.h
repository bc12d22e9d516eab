#pragma once

#include "FieldErrorLabels.h"

#include <QGroupBox>
#include <QJsonArray>

class QFormLayout;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class Session;

// The ticket categories (category.list / category.save): add one, rename
// one, or retire it (inactive: customers can no longer choose it; tickets
// that have it keep it).
class CategoryEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit CategoryEditor(Session *session, QWidget *parent = nullptr);

    void load();
    const QJsonArray &categories() const { return m_categories; }

Q_SIGNALS:
    void categoriesChanged(const QJsonArray &categories);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void fill(const QJsonArray &categories, qint64 selectId);
    void onSelected();
    void startNew();
    void save();
    void onSaved(const protocol::Reply &reply);
    void showStatus(const QString &message, bool error);
    void setBusy(bool busy);
    qint64 selectedId() const;

    Session *m_session;
    FieldErrorLabels m_errors;
    QListWidget *m_list;
    QLineEdit *m_name;
    QCheckBox *m_active;
    QLabel *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_new;
    QPushButton *m_save;
    QJsonArray m_categories;
    QFormLayout *m_form = nullptr;
};

} // namespace ccr::client

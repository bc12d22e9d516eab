#pragma once

#include "FieldErrorLabels.h"

#include <QGroupBox>

class QFormLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class Session;

// Automatic assignment (settings.assignment.get / .set): off, round robin,
// or to the online agent with the least open work — optionally only among
// agents skilled in the ticket's category.
class AssignmentSettingsForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit AssignmentSettingsForm(Session *session, QWidget *parent = nullptr);

    void load();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void fill(const QJsonObject &settings);
    void save();
    void onSaved(const protocol::Reply &reply);
    void showStatus(const QString &message, bool error);
    void setBusy(bool busy);

    Session *m_session;
    FieldErrorLabels m_errors;
    QComboBox *m_policy;
    QCheckBox *m_useSkills;
    QLabel *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_save;
    bool m_loaded = false;
    QFormLayout *m_form = nullptr;
};

} // namespace ccr::client

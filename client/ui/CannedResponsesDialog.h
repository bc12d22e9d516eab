#pragma once

#include "FieldErrorLabels.h"

#include <QDialog>

#include <qcoro/qcorotask.h>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class CannedResponseModel;
class Session;
struct CannedResponse;

// Where staff keep their canned responses: the list on the left, the
// selected one's title and text on the right, New / Save / Delete.
// Everyone edits their own; shared ones (visible to all staff) are edited
// and created by administrators only — for agents they are read-only.
class CannedResponsesDialog : public QDialog
{
    Q_OBJECT
public:
    CannedResponsesDialog(Session *session, CannedResponseModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void showResponse(int row);
    void startNew();
    void save();
    void remove();
    void onSaved(const protocol::Reply &reply);
    void updateButtons();
    bool mayEdit(const CannedResponse &response) const;
    void showStatus(const QString &message, bool error);
    void setBusy(bool busy);

    Session *m_session;
    CannedResponseModel *m_model;
    bool m_admin;
    qint64 m_editingId = 0; // 0: a new one
    bool m_busyNow = false;
    FieldErrorLabels m_errors;

    QListView *m_list;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QCheckBox *m_shared;
    QLabel *m_readOnlyNote;
    QLabel *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_placeholders = nullptr;
    QString m_placeholderNames;
    QFormLayout *m_form = nullptr;
};

} // namespace ccr::client

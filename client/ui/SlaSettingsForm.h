#pragma once

#include "FieldErrorLabels.h"

#include <QGroupBox>
#include <QHash>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QSpinBox;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class Session;

// The SLA targets per priority (settings.sla.get / settings.sla.set): how
// soon a first response is due and how soon the ticket should be resolved,
// in minutes from when it was raised. New targets apply to tickets raised
// (or re-prioritised) afterwards.
class SlaSettingsForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit SlaSettingsForm(Session *session, QWidget *parent = nullptr);

    void load();
    // The server's field name for one number, e.g. "targets.high.resolutionMinutes".
    static QString fieldName(const QString &priority, const QString &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void fill(const QJsonObject &targets);
    void save();
    void onSaved(const protocol::Reply &reply);
    void showStatus(const QString &message, bool error);
    void setBusy(bool busy);

    Session *m_session;
    FieldErrorLabels m_errors;
    QHash<QString, QSpinBox *> m_spins; // by fieldName
    QLabel *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_save;
    bool m_loaded = false;
    QLabel *m_intro = nullptr;
    QLabel *m_firstResponseHeader = nullptr;
    QLabel *m_resolutionHeader = nullptr;
    QList<QLabel *> m_priorityLabels; // in kPriorities order
};

} // namespace ccr::client

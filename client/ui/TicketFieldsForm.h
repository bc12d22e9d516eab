#pragma once

#include "FieldErrorLabels.h"

#include <protocol/Reply.h>

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace ccr::client {

class Session;

// The fields of a new ticket, shared by the customer's New ticket dialog and
// an agent's Raise for a caller: subject, description, category (from
// category.list), priority, contact phone and preferred contact. For staff
// the priority is pre-filled from ticket.suggestPriority as the words settle
// ("Suggested: High (outage, down)") until the person picks one themselves;
// their choice is never overwritten.
class TicketFieldsForm : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSuggestionPauseMs = 500;

    TicketFieldsForm(Session *session, bool suggestPriority, QWidget *parent = nullptr);

    // Checks the shared rules; shows what is wrong beside its field.
    bool validate();
    // The ticket's params for ticket.create / ticket.createForCustomer.
    QJsonObject params() const;
    // Server errors beside their fields; returns those that fit none.
    validation::FieldErrors showErrors(const protocol::ApiError &error);
    void clearErrors();
    void setBusy(bool busy);
    void setContactPhone(const QString &phone);
    bool priorityTouched() const { return m_priorityTouched; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void loadCategories();
    void askForSuggestion();
    void showSuggestion(const protocol::Reply &reply, int generation);

    Session *m_session;
    bool m_suggest;
    FieldErrorLabels m_errors;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    QComboBox *m_category;
    QComboBox *m_priority;
    QLabel *m_suggestion;
    QLineEdit *m_phone;
    QComboBox *m_preferredContact;
    QTimer *m_suggestionPause;
    bool m_priorityTouched = false;
    int m_suggestionGeneration = 0;
    QFormLayout *m_form = nullptr;
    QWidget *m_priorityBox = nullptr;
};

} // namespace ccr::client

#pragma once

#include <validation/FieldError.h>

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace ccr::client {

// The red messages a form shows beside its inputs, one per field name as the
// validation rules and the server spell it (validation::field), so a
// FieldError from either side lands next to the input it is about.
class FieldErrorLabels
{
public:
    // Returns a widget holding the input with its (hidden) error label just
    // below it; put it in the form where the input would go.
    QWidget *wrap(const QString &field, QWidget *input);

    // Shows each error beside its field; returns those naming no known field.
    validation::FieldErrors show(const validation::FieldErrors &errors);
    void clear();
    void clear(const QString &field);
    // The input of the first field with an error shown, to move focus there.
    QWidget *firstInputWithError() const;

    // Red that stays readable on the palette's light or dark background.
    static void paintAsError(QLabel *label);

private:
    struct Entry
    {
        QWidget *input;
        QLabel *label;
    };
    QList<QString> m_order;
    QHash<QString, Entry> m_entries;
};

} // namespace ccr::client

#pragma once

#include <QFormLayout>
#include <QLabel>

namespace ccr::client::FormRows {

// Re-words the label QFormLayout made for a row (addRow(text, field)), found
// by the field or, for a field wrapped with its error line
// (FieldErrorLabels::wrap), by the wrapper around it. For retranslate().
// A row whose label retranslate() words (QFormLayout::addRow with an empty
// text makes no label at all). The label is the field's buddy.
inline void addRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

// A row of several controls; buddy is the one the label names.
inline void addRow(QFormLayout *form, QLayout *field, QWidget *buddy)
{
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, field);
}

inline void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    QWidget *label = form->labelForField(field);
    if (!label && field->parentWidget())
        label = form->labelForField(field->parentWidget());
    if (auto *asLabel = qobject_cast<QLabel *>(label))
        asLabel->setText(text);
}

inline void setLabel(QFormLayout *form, QLayout *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace ccr::client::FormRows

#include "FieldErrorLabels.h"

#include <QLabel>
#include <QPalette>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

void FieldErrorLabels::paintAsError(QLabel *label)
{
    QPalette palette = label->palette();
    const bool darkBackground = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, darkBackground ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
}

QWidget *FieldErrorLabels::wrap(const QString &field, QWidget *input)
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(container);
    label->setObjectName(field + u"Error"_s);
    label->setWordWrap(true);
    label->setVisible(false);
    paintAsError(label);
    layout->addWidget(input);
    layout->addWidget(label);
    m_order.append(field);
    m_entries.insert(field, {input, label});
    return container;
}

validation::FieldErrors FieldErrorLabels::show(const validation::FieldErrors &errors)
{
    validation::FieldErrors unplaced;
    for (const auto &error : errors) {
        const auto it = m_entries.constFind(error.field);
        if (it == m_entries.constEnd()) {
            unplaced.append(error);
            continue;
        }
        // The first broken rule per field is the one to fix first.
        if (it->label->isHidden()) {
            it->label->setText(error.message);
            it->label->setVisible(true);
            it->input->setAccessibleDescription(error.message);
        }
    }
    return unplaced;
}

void FieldErrorLabels::clear()
{
    for (const auto &field : std::as_const(m_order))
        clear(field);
}

void FieldErrorLabels::clear(const QString &field)
{
    const auto it = m_entries.constFind(field);
    if (it == m_entries.constEnd())
        return;
    it->label->clear();
    it->label->setVisible(false);
    it->input->setAccessibleDescription({});
}

QWidget *FieldErrorLabels::firstInputWithError() const
{
    for (const auto &field : m_order) {
        const Entry &entry = m_entries[field];
        if (!entry.label->isHidden())
            return entry.input;
    }
    return nullptr;
}

} // namespace ccr::client

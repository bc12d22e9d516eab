#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace ccr::validation {

// One broken rule, named by the input field it belongs to so a form can show
// the message next to that field.
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError &) const = default;
};

using FieldErrors = QList<FieldError>;

QJsonArray toJson(const FieldErrors &errors);
FieldErrors fieldErrorsFromJson(const QJsonArray &json);

} // namespace ccr::validation

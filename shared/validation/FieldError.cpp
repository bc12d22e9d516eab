#include "FieldError.h"

#include <QJsonObject>

namespace ccr::validation {

using namespace Qt::StringLiterals;

QJsonArray toJson(const FieldErrors &errors)
{
    QJsonArray json;
    for (const auto &error : errors)
        json.append(QJsonObject{{u"field"_s, error.field}, {u"message"_s, error.message}});
    return json;
}

FieldErrors fieldErrorsFromJson(const QJsonArray &json)
{
    FieldErrors errors;
    for (const auto &value : json) {
        const auto object = value.toObject();
        errors.append({object.value(u"field"_s).toString(), object.value(u"message"_s).toString()});
    }
    return errors;
}

} // namespace ccr::validation

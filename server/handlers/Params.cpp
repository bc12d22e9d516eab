#include "Params.h"

#include <cmath>

namespace ccr::server {

using namespace Qt::StringLiterals;

void Params::fail(const QString &name, const QString &message)
{
    if (!m_error)
        m_error = protocol::ApiError{protocol::ErrorCode::InvalidParams, message, name, {}};
}

QString Params::requiredString(const QString &name, qsizetype maxLength)
{
    if (!m_params.contains(name)) {
        fail(name, u"'%1' is required."_s.arg(name));
        return {};
    }
    return optionalString(name, maxLength);
}

QString Params::optionalString(const QString &name, qsizetype maxLength)
{
    const QJsonValue value = m_params.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(name, u"'%1' must be a string."_s.arg(name));
        return {};
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(name, u"'%1' is longer than %2 characters."_s.arg(name).arg(maxLength));
        return {};
    }
    return text;
}

qint64 Params::optionalInteger(const QString &name, qint64 minimum, qint64 maximum, qint64 fallback)
{
    const QJsonValue value = m_params.value(name);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::trunc(number) != number) {
        fail(name, u"'%1' must be an integer."_s.arg(name));
        return fallback;
    }
    if (number < double(minimum) || number > double(maximum)) {
        fail(name, u"'%1' must be between %2 and %3."_s.arg(name).arg(minimum).arg(maximum));
        return fallback;
    }
    return qint64(number);
}

} // namespace ccr::server

#pragma once

#include <protocol/Reply.h>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ccr::server {

// Reads request parameters with type and size checks. The first problem is
// kept and reported as invalid_params naming the field; later reads after a
// problem return defaults, so a handler reads everything, then asks error().
class Params
{
public:
    explicit Params(const QJsonObject &params)
        : m_params(params)
    {
    }

    QString requiredString(const QString &name, qsizetype maxLength);
    QString optionalString(const QString &name, qsizetype maxLength);
    qint64 optionalInteger(const QString &name, qint64 minimum, qint64 maximum, qint64 fallback);

    std::optional<protocol::ApiError> error() const { return m_error; }

private:
    void fail(const QString &name, const QString &message);

    QJsonObject m_params;
    std::optional<protocol::ApiError> m_error;
};

} // namespace ccr::server

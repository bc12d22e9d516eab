#include "Envelope.h"

#include "Fields.h"
#include "Messages.h"
#include "ProtocolVersion.h"

namespace ccr::protocol {

QJsonObject makeHello(const QString &software)
{
    return {{fields::kind, kinds::hello}, {fields::protocol, kProtocolVersion}, {fields::software, software}};
}

QJsonObject makeWelcome(const QString &software)
{
    return {{fields::kind, kinds::welcome},
            {fields::protocol, kProtocolVersion},
            {fields::software, software},
            {fields::maxFrameBytes, kMaxFrameBytes}};
}

QJsonObject makeGoodbye(const ApiError &error)
{
    return {{fields::kind, kinds::goodbye}, {fields::error, error.toJson()}};
}

QJsonObject makeRequest(qint64 id, const QString &method, const QJsonObject &params)
{
    return {{fields::kind, kinds::request}, {fields::id, id}, {fields::method, method}, {fields::params, params}};
}

QJsonObject makeResponse(const QJsonValue &id, const Reply &reply)
{
    // A frame without a readable id still gets a response naming one: null.
    QJsonObject response{{fields::kind, kinds::response},
                         {fields::id, id.isUndefined() ? QJsonValue(QJsonValue::Null) : id}};
    if (reply.error)
        response.insert(fields::error, reply.error->toJson());
    else
        response.insert(fields::result, reply.result);
    return response;
}

QJsonObject makeEvent(qint64 seq, const QString &event, const QJsonObject &data)
{
    return {{fields::kind, kinds::event}, {fields::seq, seq}, {fields::event, event}, {fields::data, data}};
}

QJsonObject makeTransientEvent(const QString &event, const QJsonObject &data)
{
    return {{fields::kind, kinds::event}, {fields::event, event}, {fields::data, data}};
}

Reply replyFromResponse(const QJsonObject &response)
{
    if (response.contains(fields::error))
        return Reply::failure(ApiError::fromJson(response.value(fields::error).toObject()));
    return Reply::success(response.value(fields::result).toObject());
}

} // namespace ccr::protocol

#pragma once

#include "Reply.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Builders and readers for the five message kinds, so no caller spells an
// envelope by hand.
namespace ccr::protocol {

QJsonObject makeHello(const QString &software);
QJsonObject makeWelcome(const QString &software);
QJsonObject makeGoodbye(const ApiError &error);
QJsonObject makeRequest(qint64 id, const QString &method, const QJsonObject &params);
// id is null for errors about frames whose id could not be read.
QJsonObject makeResponse(const QJsonValue &id, const Reply &reply);
QJsonObject makeEvent(qint64 seq, const QString &event, const QJsonObject &data);
// A transient event (typing): no "seq", never stored or replayed; clients
// apply it when it arrives and do not count it in their sequence.
QJsonObject makeTransientEvent(const QString &event, const QJsonObject &data);

// Reads a response's result or error.
Reply replyFromResponse(const QJsonObject &response);

} // namespace ccr::protocol

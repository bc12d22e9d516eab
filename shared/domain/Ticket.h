#pragma once

#include "TicketStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ccr::domain {

// A ticket as lists and events carry it (the description travels only when
// one ticket is opened, to keep list pages small).
struct TicketSummary
{
    qint64 id = 0;
    QString subject;
    TicketStatus status = TicketStatus::Open;
    qint64 customerId = 0;
    QString customerName;
    qint64 assigneeId = 0; // 0: nobody yet
    QString assigneeName;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static TicketSummary fromJson(const QJsonObject &json);
    bool operator==(const TicketSummary &) const = default;
};

} // namespace ccr::domain

#pragma once

#include "TicketPriority.h"
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
    qint64 categoryId = 0; // 0: none chosen
    QString categoryName;
    TicketPriority priority = TicketPriority::Normal;
    QString contactPhone;
    QString preferredContact = QStringLiteral("email");
    qint64 createdById = 0; // 0: the customer; else the agent who raised it for them
    // SLA: deadlines from the priority's targets; null when not set / not yet.
    QDateTime firstResponseDue;
    QDateTime resolutionDue;
    QDateTime firstRespondedAt;
    QDateTime resolvedAt;
    int slaBreached = 0; // SlaBreach bits

    QJsonObject toJson() const;
    static TicketSummary fromJson(const QJsonObject &json);
    bool operator==(const TicketSummary &) const = default;
};

} // namespace ccr::domain

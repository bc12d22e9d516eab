#include "OutboxModel.h"

#include "ModelLanguage.h"

#include <QColor>
#include <QFont>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace ccr::client {

using namespace Qt::StringLiterals;

namespace {

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString shown(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    followLanguage(this);
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mails.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::stateText(const QString &state)
{
    if (state == "queued"_L1)
        return tr("Queued");
    if (state == "sending"_L1)
        return tr("Sending");
    if (state == "sent"_L1)
        return tr("Sent");
    if (state == "failed"_L1)
        return tr("Failed");
    return state;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_mails.size())
        return {};
    const Mail &mail = m_mails.at(index.row());
    const bool failed = mail.state == "failed"_L1;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ToColumn: return mail.to;
        case SubjectColumn: return mail.subject;
        case StateColumn: return failed ? tr("Failed ✗") : stateText(mail.state);
        case AttemptsColumn: return mail.attempts;
        case LastErrorColumn: return mail.lastError;
        case CreatedColumn: return shown(mail.createdAt);
        case SentColumn: return shown(mail.sentAt);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LastErrorColumn && !mail.lastError.isEmpty())
        return mail.lastError;
    if (failed && role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (failed && role == Qt::ForegroundRole)
        return QColor(0xc0, 0x1c, 0x28);
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ToColumn: return tr("To");
    case SubjectColumn: return tr("Subject");
    case StateColumn: return tr("State");
    case AttemptsColumn: return tr("Attempts");
    case LastErrorColumn: return tr("Last error");
    case CreatedColumn: return tr("Created");
    case SentColumn: return tr("Sent");
    default: return {};
    }
}

void OutboxModel::setMails(const QJsonArray &mails)
{
    QList<Mail> rows;
    rows.reserve(mails.size());
    for (const QJsonValue &value : mails) {
        const QJsonObject json = value.toObject();
        rows.append({json.value(u"id"_s).toInteger(), json.value(u"to"_s).toString(),
                     json.value(u"subject"_s).toString(), json.value(u"state"_s).toString(),
                     json.value(u"attempts"_s).toInt(), json.value(u"lastError"_s).toString(),
                     timeOf(json.value(u"createdAt"_s)), timeOf(json.value(u"sentAt"_s))});
    }
    // Newest first, whatever order the server answered in.
    std::stable_sort(rows.begin(), rows.end(), [](const Mail &a, const Mail &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    beginResetModel();
    m_mails = std::move(rows);
    endResetModel();
}

} // namespace ccr::client

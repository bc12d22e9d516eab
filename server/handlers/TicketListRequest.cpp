#include "TicketListRequest.h"

#include "Params.h"

#include <domain/TicketPriority.h>
#include <domain/TicketStatus.h>
#include <store/FtsQuery.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace ccr::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;

namespace {

constexpr qint64 kMaxId = qint64(1) << 53;
constexpr int kMaxCursor = 1024;
constexpr int kMaxSearchTransport = 1000; // longer is refused outright; the 200-character rule follows

Reply invalid(const QString &field, const QString &message)
{
    return Reply::failure(ErrorCode::InvalidParams, message, field);
}

// An array of known names (status or priority); duplicates are harmless.
std::optional<Reply> readNames(const QJsonObject &json, const QString &field, const QStringList &known,
                               QStringList *names)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray() || value.toArray().size() > known.size() * 2)
        return invalid(field, u"'%1' must be an array of: %2."_s.arg(field, known.join(u", "_s)));
    for (const auto &item : value.toArray()) {
        if (!item.isString() || !known.contains(item.toString()))
            return invalid(field, u"'%1' must be an array of: %2."_s.arg(field, known.join(u", "_s)));
        *names << item.toString();
    }
    return std::nullopt;
}

// ISO-8601; without a zone it is UTC, like every time on the wire.
std::optional<Reply> readTime(const QJsonObject &json, const QString &field, std::optional<qint64> *ms)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QString text = value.toString();
    QDateTime time =
        value.isString() && text.size() <= 40 ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
    if (!time.isValid())
        return invalid(field, u"'%1' must be an ISO-8601 time like 2026-11-25T08:00:00Z."_s.arg(field));
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    *ms = time.toMSecsSinceEpoch();
    return std::nullopt;
}

std::optional<Reply> readSort(const QJsonObject &json, TicketListQuery *query)
{
    const QJsonValue value = json.value(u"sort"_s);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QJsonObject sort = value.toObject();
    const auto column = sortColumnFromName(sort.value(u"column"_s).toString());
    const QJsonValue descending = sort.value(u"descending"_s);
    if (!value.isObject() || !column || !(descending.isUndefined() || descending.isBool()))
        return invalid(u"sort"_s,
                       u"'sort' must be {column, descending}; columns: id, subject, status, priority, customer, "
                       "assignee, category, created, updated, resolutionDue."_s);
    query->sort = *column;
    query->descending = descending.toBool(true);
    return std::nullopt;
}

std::optional<Reply> readCursor(const QJsonObject &json, TicketListQuery *query)
{
    const QJsonValue value = json.value(u"cursor"_s);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const Reply bad = invalid(u"cursor"_s, u"'cursor' is not a cursor from the previous page of this list."_s);
    if (!value.isString() || value.toString().size() > kMaxCursor)
        return bad;
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return bad;
    QJsonParseError error;
    const QJsonObject cursor = QJsonDocument::fromJson(*decoded, &error).object();
    if (error.error != QJsonParseError::NoError || cursor.value(u"c"_s).toString() != sortColumnName(query->sort)
        || cursor.value(u"d"_s).toBool(!query->descending) != query->descending)
        return Reply::failure(ErrorCode::InvalidParams,
                              u"'cursor' belongs to another list or sort order; start from the first page."_s,
                              u"cursor"_s);
    const QJsonValue id = cursor.value(u"i"_s);
    const QJsonValue sortValue = cursor.value(u"v"_s);
    const bool number = sortValueIsNumber(query->sort);
    if (!id.isDouble() || id.toDouble() < 0 || id.toDouble() > double(kMaxId) || id.toDouble() != double(id.toInteger())
        || (number ? !sortValue.isDouble() : !sortValue.isString())
        || (number && sortValue.toDouble() != double(sortValue.toInteger())))
        return bad;
    query->after =
        TicketCursor{number ? QVariant(sortValue.toInteger()) : QVariant(sortValue.toString()), id.toInteger()};
    return std::nullopt;
}

} // namespace

QString encodeTicketCursor(const TicketListQuery &query, const TicketCursor &cursor)
{
    const QJsonObject json{{u"c"_s, sortColumnName(query.sort)},
                           {u"d"_s, query.descending},
                           {u"v"_s, sortValueIsNumber(query.sort) ? QJsonValue(cursor.value.toLongLong())
                                                                  : QJsonValue(cursor.value.toString())},
                           {u"i"_s, cursor.id}};
    return QString::fromLatin1(QJsonDocument(json)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Reply> readTicketListQuery(const QJsonObject &json, const domain::UserProfile &user,
                                         TicketListQuery *query)
{
    const bool staff = domain::isStaff(user.role);
    Params params(json);
    query->limit = int(params.optionalInteger(u"limit"_s, 1, kMaxTicketPage, 50));
    const qint64 beforeId = params.optionalInteger(u"beforeId"_s, 0, kMaxId, 0);
    const qint64 assigneeId = params.optionalInteger(u"assigneeId"_s, 0, kMaxId, -1);
    query->categoryId = params.optionalInteger(u"categoryId"_s, 1, kMaxId, 0);
    const qint64 customerId = params.optionalInteger(u"customerId"_s, 1, kMaxId, 0);
    const QString search = params.optionalString(u"search"_s, kMaxSearchTransport);
    if (auto error = params.error())
        return Reply::failure(*error);
    const QJsonValue mine = json.value(u"mine"_s);
    if (!mine.isUndefined() && !mine.isNull() && !mine.isBool())
        return invalid(u"mine"_s, u"'mine' must be true or false."_s);

    QStringList statuses;
    for (int status = int(domain::TicketStatus::Open); status <= int(domain::TicketStatus::Closed); ++status)
        statuses << domain::statusName(domain::TicketStatus(status));
    const QStringList priorities{u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s};
    if (auto error = readNames(json, u"status"_s, statuses, &query->statuses))
        return error;
    if (auto error = readNames(json, u"priority"_s, priorities, &query->priorities))
        return error;
    if (auto error = readTime(json, u"createdFrom"_s, &query->createdFromMs))
        return error;
    if (auto error = readTime(json, u"createdTo"_s, &query->createdToMs))
        return error;
    if (auto error = readSort(json, query))
        return error;
    if (auto error = readCursor(json, query))
        return error;
    if (beforeId > 0 && !query->after) {
        // The first version's paging, kept for old clients: newest first only.
        if (query->sort != TicketSortColumn::Id || !query->descending)
            return invalid(u"beforeId"_s, u"'beforeId' pages only the newest-first list; use 'cursor'."_s);
        query->after = TicketCursor{beforeId, beforeId};
    }
    if (assigneeId >= 0)
        query->assigneeId = assigneeId;
    if (!search.trimmed().isEmpty()) {
        const FtsQuery fts = ftsQueryFromText(search);
        if (!fts.problem.isEmpty())
            return Reply::failure(ErrorCode::ValidationFailed, fts.problem, u"search"_s);
        query->ftsExpression = fts.expression;
    }

    if (staff) {
        query->customerId = customerId;
        query->searchNotes = true;
        if (mine.toBool(false))
            query->assigneeId = user.id;
    } else {
        query->customerId = user.id; // whatever was asked: a customer sees only their own tickets
        query->searchNotes = false;
    }
    return std::nullopt;
}

} // namespace ccr::server

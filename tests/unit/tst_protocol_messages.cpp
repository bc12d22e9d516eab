// The shared message definitions: every envelope kind, every error code's
// wire name, typed errors and replies, and the domain types as they travel.
// The tables spell the wire names out on purpose: renaming one breaks
// deployed peers, so it must break a test too.
#include <domain/Role.h>
#include <domain/Ticket.h>
#include <domain/TicketStatus.h>
#include <domain/User.h>
#include <protocol/Envelope.h>
#include <protocol/ErrorCode.h>
#include <protocol/Fields.h>
#include <protocol/FrameCodec.h>
#include <protocol/Messages.h>
#include <protocol/ProtocolVersion.h>
#include <validation/FieldError.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;
using namespace ccr::domain;

Q_DECLARE_METATYPE(ccr::protocol::ErrorCode)
Q_DECLARE_METATYPE(ccr::domain::Role)
Q_DECLARE_METATYPE(ccr::domain::TicketStatus)
Q_DECLARE_METATYPE(ccr::domain::TicketSummary)
Q_DECLARE_METATYPE(ccr::domain::UserProfile)

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Through the wire and back: what a peer would actually read.
QJsonObject overTheWire(const QJsonObject &message)
{
    FrameDecoder decoder(kMaxFrameBytes);
    decoder.feed(encodeFrame(message));
    QJsonObject decoded;
    if (decoder.next(decoded) != FrameDecoder::Status::Frame)
        return {{u"decode"_s, u"failed"_s}};
    return decoded;
}

// Built field by field: the structs grow (append-only), and a partial
// aggregate initialiser would warn about every new member.
ApiError apiError(ErrorCode code, const QString &message, const QString &field = {}, const QJsonArray &details = {})
{
    ApiError error;
    error.code = code;
    error.message = message;
    error.field = field;
    error.details = details;
    return error;
}

UserProfile user(qint64 id, Role role, const QString &email, const QString &first, const QString &last)
{
    UserProfile profile;
    profile.id = id;
    profile.role = role;
    profile.email = email;
    profile.firstName = first;
    profile.lastName = last;
    return profile;
}

TicketSummary ticket(qint64 id, const QString &subject, TicketStatus status, qint64 customerId,
                     const QString &customerName, qint64 assigneeId, const QString &assigneeName,
                     const QDateTime &createdAt, const QDateTime &updatedAt)
{
    TicketSummary summary;
    summary.id = id;
    summary.subject = subject;
    summary.status = status;
    summary.customerId = customerId;
    summary.customerName = customerName;
    summary.assigneeId = assigneeId;
    summary.assigneeName = assigneeName;
    summary.createdAt = createdAt;
    summary.updatedAt = updatedAt;
    return summary;
}

// Every code the enum has, found by walking it: the codes are dense from 0
// and a value past the last one has no name of its own.
QList<ErrorCode> enumeratedCodes()
{
    QList<ErrorCode> codes;
    for (int value = 0; value < 1000; ++value) {
        const auto code = ErrorCode(value);
        if (code != ErrorCode::InternalError && errorCodeName(code) == u"internal_error"_s)
            break;
        codes << code;
    }
    return codes;
}

struct NamedCode
{
    ErrorCode code;
    const char *wire;
};

// The wire names peers already match on; new codes are appended after these.
const QList<NamedCode> &allCodes()
{
    static const QList<NamedCode> codes = {
        {ErrorCode::MalformedFrame, "malformed_frame"},
        {ErrorCode::FrameTooLarge, "frame_too_large"},
        {ErrorCode::UnknownKind, "unknown_kind"},
        {ErrorCode::UnknownMethod, "unknown_method"},
        {ErrorCode::InvalidParams, "invalid_params"},
        {ErrorCode::UnsupportedVersion, "unsupported_version"},
        {ErrorCode::HelloRequired, "hello_required"},
        {ErrorCode::NotAuthenticated, "not_authenticated"},
        {ErrorCode::Forbidden, "forbidden"},
        {ErrorCode::ValidationFailed, "validation_failed"},
        {ErrorCode::EmailTaken, "email_taken"},
        {ErrorCode::InvalidCredentials, "invalid_credentials"},
        {ErrorCode::SessionExpired, "session_expired"},
        {ErrorCode::NotFound, "not_found"},
        {ErrorCode::RateLimited, "rate_limited"},
        {ErrorCode::InternalError, "internal_error"},
        {ErrorCode::ResyncRequired, "resync_required"},
        {ErrorCode::Timeout, "timeout"},
        {ErrorCode::Disconnected, "disconnected"},
    };
    return codes;
}

} // namespace

class ProtocolMessagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorCodeNames_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("wireName");
        for (const auto &[code, wire] : allCodes())
            QTest::newRow(wire) << code << QString::fromLatin1(wire);
    }

    void errorCodeNames()
    {
        QFETCH(ErrorCode, code);
        QFETCH(QString, wireName);
        QCOMPARE(errorCodeName(code), wireName);
        QCOMPARE(errorCodeName(errorCodeFromName(wireName)), wireName);
        QVERIFY(errorCodeFromName(wireName) == code);
    }

    // The pinned names keep their enum positions, and every code the enum
    // has (including ones added after this table) has a unique snake_case
    // name that reads back as itself.
    void everyErrorCodeHasItsOwnName()
    {
        const QList<ErrorCode> codes = enumeratedCodes();
        QVERIFY2(
            codes.size() >= allCodes().size(),
            qPrintable(u"only %1 codes found; the enum has at least %2"_s.arg(codes.size()).arg(allCodes().size())));
        for (int value = 0; value < int(allCodes().size()); ++value)
            QVERIFY2(allCodes()[value].code == ErrorCode(value), allCodes()[value].wire);
        static const QRegularExpression snakeCase(u"^[a-z]+(_[a-z]+)*$"_s);
        QSet<QString> names;
        for (const ErrorCode code : codes) {
            const QString name = errorCodeName(code);
            QVERIFY2(snakeCase.match(name).hasMatch(), qPrintable(name));
            QVERIFY2(!names.contains(name), qPrintable(u"two codes are named "_s + name));
            names.insert(name);
            QVERIFY2(errorCodeFromName(name) == code, qPrintable(name + u" does not read back as itself"_s));
        }
    }

    void unknownErrorNamesReadAsInternalError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("newer server's code") << u"quota_exceeded"_s;
        QTest::newRow("wrong case") << u"NOT_FOUND"_s;
        QTest::newRow("padded") << u" not_found"_s;
    }

    void unknownErrorNamesReadAsInternalError()
    {
        QFETCH(QString, name);
        QVERIFY(errorCodeFromName(name) == ErrorCode::InternalError);
    }

    void apiErrorRoundTrip_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonArray>("details");
        QTest::addColumn<QStringList>("keys"); // what goes on the wire

        QTest::newRow("code and message only") << ErrorCode::NotFound << u"No such ticket."_s << QString()
                                               << QJsonArray{} << QStringList{u"code"_s, u"message"_s};
        QTest::newRow("with field") << ErrorCode::InvalidParams << u"'limit' must be an integer."_s << u"limit"_s
                                    << QJsonArray{} << QStringList{u"code"_s, u"field"_s, u"message"_s};
        const QJsonArray details = ccr::validation::toJson(
            {{u"firstName"_s, u"Too short."_s}, {u"email"_s, u"Enter a valid email address."_s}});
        QTest::newRow("with field and details")
            << ErrorCode::ValidationFailed << u"Too short."_s << u"firstName"_s << details
            << QStringList{u"code"_s, u"details"_s, u"field"_s, u"message"_s};
        QTest::newRow("unicode message") << ErrorCode::Forbidden << u"Zugriff verweigert — 🚫"_s << QString()
                                         << QJsonArray{} << QStringList{u"code"_s, u"message"_s};
    }

    void apiErrorRoundTrip()
    {
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        QFETCH(QString, field);
        QFETCH(QJsonArray, details);
        QFETCH(QStringList, keys);

        const ApiError error = apiError(code, message, field, details);
        const QJsonObject json = error.toJson();
        QCOMPARE(json.keys(), keys);
        QCOMPARE(json.value(fields::code).toString(), errorCodeName(code));

        const ApiError back = ApiError::fromJson(overTheWire(json));
        QVERIFY(back.code == code);
        QCOMPARE(back.message, message);
        QCOMPARE(back.field, field);
        QCOMPARE(back.details, details);
        if (!details.isEmpty()) {
            const auto fieldErrors = ccr::validation::fieldErrorsFromJson(back.details);
            QCOMPARE(fieldErrors.size(), details.size());
            QCOMPARE(fieldErrors.first().field, u"firstName"_s);
        }
    }

    void envelopes_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("expected");

        QTest::newRow("hello") << makeHello(u"ccr-client/9"_s) << QString(kinds::hello)
                               << QJsonObject{{u"kind"_s, u"hello"_s},
                                              {u"protocol"_s, kProtocolVersion},
                                              {u"software"_s, u"ccr-client/9"_s}};
        QTest::newRow("welcome") << makeWelcome(u"ccr-server/9"_s) << QString(kinds::welcome)
                                 << QJsonObject{{u"kind"_s, u"welcome"_s},
                                                {u"protocol"_s, kProtocolVersion},
                                                {u"software"_s, u"ccr-server/9"_s},
                                                {u"maxFrameBytes"_s, kMaxFrameBytes}};
        QTest::newRow("goodbye") << makeGoodbye(apiError(ErrorCode::HelloRequired, u"Say hello."_s))
                                 << QString(kinds::goodbye)
                                 << QJsonObject{{u"kind"_s, u"goodbye"_s},
                                                {u"error"_s, QJsonObject{{u"code"_s, u"hello_required"_s},
                                                                         {u"message"_s, u"Say hello."_s}}}};
        QTest::newRow("request") << makeRequest(42, methods::ticketList, {{u"limit"_s, 5}}) << QString(kinds::request)
                                 << QJsonObject{{u"kind"_s, u"request"_s},
                                                {u"id"_s, 42},
                                                {u"method"_s, u"ticket.list"_s},
                                                {u"params"_s, QJsonObject{{u"limit"_s, 5}}}};
        QTest::newRow("request with a 53-bit id")
            << makeRequest((qint64(1) << 53) - 1, methods::ping, {}) << QString(kinds::request)
            << QJsonObject{{u"kind"_s, u"request"_s},
                           {u"id"_s, (qint64(1) << 53) - 1},
                           {u"method"_s, u"ping"_s},
                           {u"params"_s, QJsonObject{}}};
        QTest::newRow("response, result")
            << makeResponse(7, Reply::success({{u"n"_s, 1}})) << QString(kinds::response)
            << QJsonObject{{u"kind"_s, u"response"_s}, {u"id"_s, 7}, {u"result"_s, QJsonObject{{u"n"_s, 1}}}};
        QTest::newRow("response, empty result")
            << makeResponse(8, Reply::success()) << QString(kinds::response)
            << QJsonObject{{u"kind"_s, u"response"_s}, {u"id"_s, 8}, {u"result"_s, QJsonObject{}}};
        QTest::newRow("response, error with null id")
            << makeResponse(QJsonValue::Null, Reply::failure(ErrorCode::MalformedFrame, u"Bad frame."_s))
            << QString(kinds::response)
            << QJsonObject{
                   {u"kind"_s, u"response"_s},
                   {u"id"_s, QJsonValue::Null},
                   {u"error"_s, QJsonObject{{u"code"_s, u"malformed_frame"_s}, {u"message"_s, u"Bad frame."_s}}}};
        QTest::newRow("event") << makeEvent(1234, events::ticketCreated, {{u"id"_s, 9}}) << QString(kinds::event)
                               << QJsonObject{{u"kind"_s, u"event"_s},
                                              {u"seq"_s, 1234},
                                              {u"event"_s, u"ticket.created"_s},
                                              {u"data"_s, QJsonObject{{u"id"_s, 9}}}};
    }

    // Each builder produces exactly the documented shape, and it survives
    // the codec unchanged.
    void envelopes()
    {
        QFETCH(QJsonObject, message);
        QFETCH(QString, kind);
        QFETCH(QJsonObject, expected);
        QCOMPARE(message.value(fields::kind).toString(), kind);
        QVERIFY2(message == expected,
                 qPrintable(u"\n  built    %1\n  expected %2"_s.arg(compact(message), compact(expected))));
        QCOMPARE(overTheWire(message), message);
    }

    void registryNamesAreUnique()
    {
        const QStringList kindNames{kinds::hello,    kinds::welcome, kinds::request,
                                    kinds::response, kinds::event,   kinds::goodbye};
        const QStringList methodNames{methods::ping,       methods::authRegister,   methods::authLogin,
                                      methods::authResume, methods::authLogout,     methods::ticketCreate,
                                      methods::ticketList, methods::eventsSubscribe};
        QCOMPARE(QSet<QString>(kindNames.begin(), kindNames.end()).size(), kindNames.size());
        QCOMPARE(QSet<QString>(methodNames.begin(), methodNames.end()).size(), methodNames.size());
        for (const QString &name : methodNames + kindNames)
            QVERIFY2(!name.isEmpty() && name == name.trimmed() && name == name.toLower(), qPrintable(name));
    }

    void replyFromResponse_data()
    {
        QTest::addColumn<QJsonObject>("response");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QJsonObject>("result");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        QTest::newRow("result") << makeResponse(1, Reply::success({{u"token"_s, u"abc"_s}})) << true
                                << QJsonObject{{u"token"_s, u"abc"_s}} << QString() << QString();
        QTest::newRow("empty result") << makeResponse(2, Reply::success()) << true << QJsonObject{} << QString()
                                      << QString();
        QTest::newRow("error with field")
            << makeResponse(3, Reply::failure(ErrorCode::EmailTaken, u"Taken."_s, u"email"_s)) << false << QJsonObject{}
            << u"email_taken"_s << u"email"_s;
        QTest::newRow("error without field") << makeResponse(4, Reply::failure(ErrorCode::Forbidden, u"No."_s)) << false
                                             << QJsonObject{} << u"forbidden"_s << QString();
        QTest::newRow("error code from a newer server")
            << QJsonObject{{u"kind"_s, u"response"_s},
                           {u"id"_s, 5},
                           {u"error"_s, QJsonObject{{u"code"_s, u"brand_new"_s}, {u"message"_s, u"?"_s}}}}
            << false << QJsonObject{} << u"internal_error"_s << QString();
        // An error wins even if a confused peer sent a result as well.
        QTest::newRow("error and result") << QJsonObject{{u"kind"_s, u"response"_s},
                                                         {u"id"_s, 6},
                                                         {u"result"_s, QJsonObject{{u"x"_s, 1}}},
                                                         {u"error"_s, QJsonObject{{u"code"_s, u"not_found"_s}}}}
                                          << false << QJsonObject{} << u"not_found"_s << QString();
    }

    void replyFromResponse()
    {
        QFETCH(QJsonObject, response);
        QFETCH(bool, ok);
        QFETCH(QJsonObject, result);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Reply reply = ccr::protocol::replyFromResponse(overTheWire(response));
        QCOMPARE(reply.ok(), ok);
        QCOMPARE(reply.result, result);
        if (!ok) {
            QCOMPARE(errorCodeName(reply.error->code), code);
            QCOMPARE(reply.error->field, field);
        }
    }

    void roleNames_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("staff");
        QTest::newRow("customer") << Role::Customer << u"customer"_s << false;
        QTest::newRow("agent") << Role::Agent << u"agent"_s << true;
        QTest::newRow("admin") << Role::Admin << u"admin"_s << true;
    }

    void roleNames()
    {
        QFETCH(Role, role);
        QFETCH(QString, name);
        QFETCH(bool, staff);
        QCOMPARE(roleName(role), name);
        QVERIFY(roleFromName(name) == role);
        QCOMPARE(isStaff(role), staff);
    }

    void unknownRoleAndStatusNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << u"Admin"_s;
        QTest::newRow("unknown") << u"superuser"_s;
        QTest::newRow("status spelled with a space") << u"in progress"_s;
    }

    void unknownRoleAndStatusNames()
    {
        QFETCH(QString, name);
        QVERIFY(!roleFromName(name).has_value());
        QVERIFY(!statusFromName(name).has_value());
    }

    void statusNames_data()
    {
        QTest::addColumn<TicketStatus>("status");
        QTest::addColumn<QString>("name");
        QTest::newRow("open") << TicketStatus::Open << u"open"_s;
        QTest::newRow("agent_assigned") << TicketStatus::AgentAssigned << u"agent_assigned"_s;
        QTest::newRow("in_progress") << TicketStatus::InProgress << u"in_progress"_s;
        QTest::newRow("waiting_on_customer") << TicketStatus::WaitingOnCustomer << u"waiting_on_customer"_s;
        QTest::newRow("resolved") << TicketStatus::Resolved << u"resolved"_s;
        QTest::newRow("closed") << TicketStatus::Closed << u"closed"_s;
    }

    void statusNames()
    {
        QFETCH(TicketStatus, status);
        QFETCH(QString, name);
        QCOMPARE(statusName(status), name);
        QVERIFY(statusFromName(name) == status);
    }

    void ticketSummaryRoundTrip_data()
    {
        QTest::addColumn<TicketSummary>("summary");
        const QDateTime created = QDateTime::fromString(u"2026-11-25T16:00:00.123Z"_s, Qt::ISODateWithMs);
        const TicketSummary fresh =
            ticket(42, u"Router keeps rebooting"_s, TicketStatus::Open, 3, u"Priya Raman"_s, 0, {}, created, created);
        QTest::newRow("new, unassigned") << fresh;
        const TicketSummary assigned =
            ticket(7, u"Rechnung doppelt — bitte prüfen 🧾"_s, TicketStatus::WaitingOnCustomer, 11,
                   u"Jürgen Groß"_s, 5, u"Agnes Agent"_s, created, created.addSecs(3600));
        QTest::newRow("assigned, unicode") << assigned;
        TicketSummary closed = fresh;
        closed.id = (qint64(1) << 40) + 1;
        closed.status = TicketStatus::Closed;
        QTest::newRow("closed, large id") << closed;
    }

    void ticketSummaryRoundTrip()
    {
        QFETCH(TicketSummary, summary);
        const TicketSummary &ticket = summary;
        const QJsonObject json = overTheWire(ticket.toJson());
        QCOMPARE(json.value(u"status"_s).toString(), statusName(ticket.status));
        QVERIFY2(json.value(u"createdAt"_s).toString().endsWith(u'Z'), qPrintable(compact(json)));
        const TicketSummary back = TicketSummary::fromJson(json);
        QCOMPARE(back.id, ticket.id);
        QCOMPARE(back.subject, ticket.subject);
        QCOMPARE(back.customerName, ticket.customerName);
        QCOMPARE(back.assigneeId, ticket.assigneeId);
        QCOMPARE(back.assigneeName, ticket.assigneeName);
        QCOMPARE(back.createdAt, ticket.createdAt);
        QCOMPARE(back.updatedAt, ticket.updatedAt);
        QVERIFY2(back == ticket, qPrintable(compact(back.toJson()) + u" != "_s + compact(ticket.toJson())));
    }

    void userProfileRoundTrip_data()
    {
        QTest::addColumn<UserProfile>("profile");
        QTest::newRow("customer") << user(3, Role::Customer, u"priya@example.com"_s, u"Priya"_s, u"Raman"_s);
        QTest::newRow("agent") << user(5, Role::Agent, u"agnes@example.com"_s, u"Agnes"_s, u"Agent"_s);
        QTest::newRow("admin, unicode") << user(1, Role::Admin, u"ada@example.com"_s, u"Åda"_s, u"Łovelace"_s);
    }

    void userProfileRoundTrip()
    {
        QFETCH(UserProfile, profile);
        const UserProfile &user = profile;
        const QJsonObject json = overTheWire(user.toJson());
        QCOMPARE(json.value(u"role"_s).toString(), roleName(user.role));
        const UserProfile back = UserProfile::fromJson(json);
        QCOMPARE(back.id, user.id);
        QVERIFY(back.role == user.role);
        QCOMPARE(back.email, user.email);
        QCOMPARE(back.firstName, user.firstName);
        QCOMPARE(back.lastName, user.lastName);
        QCOMPARE(back.displayName(), user.firstName + u' ' + user.lastName);
    }
};

QTEST_GUILESS_MAIN(ProtocolMessagesTest)
#include "tst_protocol_messages.moc"

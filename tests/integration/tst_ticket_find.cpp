// Finding tickets through the real protocol: filters, sorts and keyset
// pages against a small store whose expected answers are known, full-text
// search with hostile input, and what each role may find.
//
// The store: customers Chitra (A) and Bala (B), agent Arun, an admin.
//   #1 A "Router keeps rebooting"     high,   Technical, assigned to Arun
//   #2 A "Refund for double charge"   urgent, Billing,   open
//   #3 B "Parcel never arrived"       normal, Delivery,  Arun, in progress
//   #4 B "Router password lost"       low,    none,      open
//   #5 A "Invoice totals wrong"       normal, Billing,   open
//   #6 B "Hostile \"quote\" NEAR(x)"  high,   Technical, assigned to Arun
// Messages (written straight into the store: the conversation methods are
// another feature's; the FTS triggers index them as they do for the server):
//   #2 chat by A "the payment gateway failed", note by Arun "zebra escalation"
//   #3 chat by Arun "courier lost the package"
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <set>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {
const QString kPassword = u"correct horse battery"_s;
using Ids = QList<qint64>;

Ids idsOf(const Reply &reply)
{
    Ids ids;
    for (const auto &row : reply.result[u"tickets"_s].toArray())
        ids << row[u"id"_s].toInteger();
    return ids;
}

QJsonObject merged(QJsonObject params, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        params.insert(it.key(), it.value());
    return params;
}
} // namespace

class TicketFindTest : public QObject
{
    Q_OBJECT

    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_chitra;
    std::unique_ptr<TestClient> m_bala;
    qint64 m_agentId = 0;
    qint64 m_chitraId = 0;
    qint64 m_balaId = 0;
    QHash<QString, qint64> m_categories;

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        return client->connectTo(m_server->endpoint()) ? std::move(client) : nullptr;
    }

    std::unique_ptr<TestClient> confirmedCustomer(const QString &first, const QString &email)
    {
        auto client = connected();
        if (!client || !client->registerCustomer(first, u"Tester"_s, email, kPassword).ok()
            || !QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(email).isEmpty(); }, 10000)
            || !client->login(email, kPassword).ok()
            || !client->call(methods::authConfirmEmail, {{u"code"_s, m_smtp.latestCodeFor(email)}}).ok())
            return nullptr;
        return client;
    }

    qint64 raise(TestClient &client, const QString &subject, const QString &description, const QString &priority,
                 const QString &category)
    {
        QJsonObject params{{u"subject"_s, subject}, {u"description"_s, description}, {u"priority"_s, priority}};
        if (!category.isEmpty())
            params.insert(u"categoryId"_s, m_categories.value(category));
        return client.call(methods::ticketCreate, params).result[u"ticket"_s][u"id"_s].toInteger();
    }

    TestClient *who(const QString &name)
    {
        return name == u"admin"    ? m_admin.get()
               : name == u"agent"  ? m_agent.get()
               : name == u"chitra" ? m_chitra.get()
                                   : m_bala.get();
    }

    // Every page with `params` and limit `pageSize`, following nextCursor.
    Ids walk(TestClient &client, const QJsonObject &params, int pageSize, bool *ok)
    {
        Ids all;
        QJsonObject page = merged(params, {{u"limit"_s, pageSize}});
        for (int guard = 0; guard < 100; ++guard) {
            const Reply reply = client.call(methods::ticketList, page);
            if (!reply.ok()) {
                *ok = false;
                qWarning() << toString(reply);
                return all;
            }
            const Ids ids = idsOf(reply);
            if (ids.size() > pageSize)
                *ok = false;
            all << ids;
            const QString next = reply.result[u"nextCursor"_s].toString();
            if (next.isEmpty())
                return all;
            page.insert(u"cursor"_s, next);
        }
        *ok = false;
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_smtp.start());
        m_server = std::make_unique<ServerProcess>(m_smtp.serverArguments());
        QVERIFY(m_server->createAdmin(u"admin@example.com"_s, kPassword));
        QVERIFY(m_server->start());
        m_admin = connected();
        QVERIFY(m_admin && m_admin->login(u"admin@example.com"_s, kPassword).ok());
        QVERIFY(m_admin
                    ->call(methods::userInvite, {{u"role"_s, u"agent"_s},
                                                 {u"firstName"_s, u"Arun"_s},
                                                 {u"lastName"_s, u"Agent"_s},
                                                 {u"email"_s, u"arun@example.com"_s}})
                    .ok());
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(u"arun@example.com"_s).isEmpty(); }, 10000));
        m_agent = connected();
        QVERIFY(m_agent
                    ->call(methods::authAcceptInvitation, {{u"email"_s, u"arun@example.com"_s},
                                                           {u"code"_s, m_smtp.latestCodeFor(u"arun@example.com"_s)},
                                                           {u"password"_s, kPassword},
                                                           {u"passwordConfirmation"_s, kPassword}})
                    .ok());
        const Reply agentLogin = m_agent->login(u"arun@example.com"_s, kPassword);
        QVERIFY(agentLogin.ok());
        m_agentId = agentLogin.result[u"user"_s][u"id"_s].toInteger();
        m_chitra = confirmedCustomer(u"Chitra"_s, u"chitra@example.com"_s);
        m_bala = confirmedCustomer(u"Bala"_s, u"bala@example.com"_s);
        QVERIFY(m_chitra && m_bala);
        m_chitraId = m_chitra->call(methods::profileGet).result[u"user"_s][u"id"_s].toInteger();
        m_balaId = m_bala->call(methods::profileGet).result[u"user"_s][u"id"_s].toInteger();
        for (const auto &category : m_admin->call(methods::categoryList).result[u"categories"_s].toArray())
            m_categories.insert(category[u"name"_s].toString(), category[u"id"_s].toInteger());

        QCOMPARE(raise(*m_chitra, u"Router keeps rebooting"_s, u"The broadband modem reboots at night."_s, u"high"_s,
                       u"Technical"_s),
                 1);
        QCOMPARE(raise(*m_chitra, u"Refund for double charge"_s, u"I was charged twice in March."_s, u"urgent"_s,
                       u"Billing"_s),
                 2);
        QCOMPARE(raise(*m_bala, u"Parcel never arrived"_s, u"Order 12345 was not delivered to Chennai."_s, u"normal"_s,
                       u"Delivery"_s),
                 3);
        QCOMPARE(raise(*m_bala, u"Router password lost"_s, u"Cannot log in to the admin page."_s, u"low"_s, {}), 4);
        QCOMPARE(raise(*m_chitra, u"Invoice totals wrong"_s, u"The invoice export shows wrong totals."_s, u"normal"_s,
                       u"Billing"_s),
                 5);
        QCOMPARE(raise(*m_bala, u"Hostile \"quote\" NEAR(x) subject"_s, u"SELECT * FROM users; -- drop"_s, u"high"_s,
                       u"Technical"_s),
                 6);
        for (qint64 id : {1, 3, 6})
            QVERIFY(m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_agentId}}).ok());
        QVERIFY(m_agent->call(methods::ticketSetStatus, {{u"ticketId"_s, 3}, {u"status"_s, u"in_progress"_s}}).ok());

        // Messages, straight into the store (the server keeps running: WAL).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
            db.setDatabaseName(m_server->dataDir() + u"/ccr.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA busy_timeout = 5000"_s));
            QVERIFY(query.prepare(u"INSERT INTO messages (ticket_id, author_id, kind, body, created_at) "
                                  "VALUES (?, ?, ?, ?, 0)"_s));
            const QList<std::tuple<qint64, qint64, QString, QString>> rows = {
                {2, m_chitraId, u"chat"_s, u"the payment gateway failed"_s},
                {2, m_agentId, u"note"_s, u"zebra escalation for finance"_s},
                {3, m_agentId, u"chat"_s, u"courier lost the package"_s},
            };
            for (const auto &[ticket, author, kind, body] : rows) {
                query.addBindValue(ticket);
                query.addBindValue(author);
                query.addBindValue(kind);
                query.addBindValue(body);
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"fixture"_s);
    }

    void filtersSortsAndSearches_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<Ids>("expected");
        auto sort = [](const QString &column, bool descending) {
            return QJsonObject{{u"sort"_s, QJsonObject{{u"column"_s, column}, {u"descending"_s, descending}}}};
        };
        QTest::newRow("all, newest first") << u"admin"_s << QJsonObject{} << Ids{6, 5, 4, 3, 2, 1};
        QTest::newRow("status open") << u"admin"_s << QJsonObject{{u"status"_s, QJsonArray{u"open"_s}}} << Ids{5, 4, 2};
        QTest::newRow("two statuses") << u"admin"_s
                                      << QJsonObject{{u"status"_s, QJsonArray{u"agent_assigned"_s, u"in_progress"_s}}}
                                      << Ids{6, 3, 1};
        QTest::newRow("empty status list: any")
            << u"admin"_s << QJsonObject{{u"status"_s, QJsonArray{}}} << Ids{6, 5, 4, 3, 2, 1};
        QTest::newRow("priority high") << u"admin"_s << QJsonObject{{u"priority"_s, QJsonArray{u"high"_s}}}
                                       << Ids{6, 1};
        QTest::newRow("priority high or urgent")
            << u"admin"_s << QJsonObject{{u"priority"_s, QJsonArray{u"high"_s, u"urgent"_s}}} << Ids{6, 2, 1};
        QTest::newRow("status and priority")
            << u"admin"_s << QJsonObject{{u"status"_s, QJsonArray{u"open"_s}}, {u"priority"_s, QJsonArray{u"normal"_s}}}
            << Ids{5};
        QTest::newRow("unassigned") << u"admin"_s << QJsonObject{{u"assigneeId"_s, 0}} << Ids{5, 4, 2};
        QTest::newRow("assigned to Arun") << u"admin"_s << QJsonObject{{u"assigneeId"_s, 2}} << Ids{6, 3, 1};
        QTest::newRow("mine, agent") << u"agent"_s << QJsonObject{{u"mine"_s, true}} << Ids{6, 3, 1};
        QTest::newRow("mine, admin") << u"admin"_s << QJsonObject{{u"mine"_s, true}} << Ids{};
        QTest::newRow("category Billing") << u"admin"_s << QJsonObject{{u"categoryId"_s, 2}} << Ids{5, 2};
        QTest::newRow("customer Chitra") << u"agent"_s << QJsonObject{{u"customerId"_s, 3}} << Ids{5, 2, 1};
        QTest::newRow("created since 2000")
            << u"admin"_s << QJsonObject{{u"createdFrom"_s, u"2000-01-01T00:00:00Z"_s}} << Ids{6, 5, 4, 3, 2, 1};
        QTest::newRow("created before 2000") << u"admin"_s << QJsonObject{{u"createdTo"_s, u"2000-01-01"_s}} << Ids{};
        QTest::newRow("created in the future")
            << u"admin"_s
            << QJsonObject{{u"createdFrom"_s, QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}}
            << Ids{};
        QTest::newRow("oldest first") << u"admin"_s << sort(u"id"_s, false) << Ids{1, 2, 3, 4, 5, 6};
        QTest::newRow("priority ascending") << u"admin"_s << sort(u"priority"_s, false) << Ids{4, 3, 5, 1, 6, 2};
        QTest::newRow("priority descending") << u"admin"_s << sort(u"priority"_s, true) << Ids{2, 6, 1, 5, 3, 4};
        QTest::newRow("subject ascending") << u"admin"_s << sort(u"subject"_s, false) << Ids{6, 5, 3, 2, 1, 4};
        QTest::newRow("customer ascending") << u"admin"_s << sort(u"customer"_s, false) << Ids{3, 4, 6, 1, 2, 5};
        QTest::newRow("category ascending") << u"admin"_s << sort(u"category"_s, false) << Ids{4, 2, 5, 3, 1, 6};
        QTest::newRow("assignee descending") << u"admin"_s << sort(u"assignee"_s, true) << Ids{6, 3, 1, 5, 4, 2};
        QTest::newRow("status ascending") << u"admin"_s << sort(u"status"_s, false) << Ids{2, 4, 5, 1, 6, 3};
        QTest::newRow("filter and sort") << u"admin"_s
                                         << merged(sort(u"priority"_s, true),
                                                   {{u"status"_s, QJsonArray{u"open"_s, u"agent_assigned"_s}}})
                                         << Ids{2, 6, 1, 5, 4};

        // Search: subjects, descriptions, messages; words, not syntax.
        QTest::newRow("search a subject word") << u"admin"_s << QJsonObject{{u"search"_s, u"router"_s}} << Ids{4, 1};
        QTest::newRow("search a prefix") << u"admin"_s << QJsonObject{{u"search"_s, u"rout"_s}} << Ids{4, 1};
        QTest::newRow("search any case, two words")
            << u"admin"_s << QJsonObject{{u"search"_s, u"ROUTER password"_s}} << Ids{4};
        QTest::newRow("search a description") << u"admin"_s << QJsonObject{{u"search"_s, u"Chennai"_s}} << Ids{3};
        QTest::newRow("search a chat message") << u"admin"_s << QJsonObject{{u"search"_s, u"gateway"_s}} << Ids{2};
        QTest::newRow("search a note, staff") << u"agent"_s << QJsonObject{{u"search"_s, u"zebra"_s}} << Ids{2};
        QTest::newRow("search a note, its customer") << u"chitra"_s << QJsonObject{{u"search"_s, u"zebra"_s}} << Ids{};
        QTest::newRow("search own chat, customer") << u"chitra"_s << QJsonObject{{u"search"_s, u"gateway"_s}} << Ids{2};
        QTest::newRow("search agent's chat, customer")
            << u"bala"_s << QJsonObject{{u"search"_s, u"courier"_s}} << Ids{3};
        QTest::newRow("search another's chat") << u"chitra"_s << QJsonObject{{u"search"_s, u"courier"_s}} << Ids{};
        QTest::newRow("search another's subject") << u"chitra"_s << QJsonObject{{u"search"_s, u"parcel"_s}} << Ids{};
        QTest::newRow("search and filter")
            << u"admin"_s << QJsonObject{{u"search"_s, u"router"_s}, {u"status"_s, QJsonArray{u"open"_s}}} << Ids{4};
        QTest::newRow("quotes searched literally")
            << u"admin"_s << QJsonObject{{u"search"_s, u"\"quote\""_s}} << Ids{6};
        QTest::newRow("NEAR is a word") << u"admin"_s << QJsonObject{{u"search"_s, u"NEAR(x)"_s}} << Ids{6};
        QTest::newRow("SQL is words") << u"admin"_s << QJsonObject{{u"search"_s, u"SELECT * FROM users; --"_s}}
                                      << Ids{6};
        QTest::newRow("OR is a word") << u"admin"_s << QJsonObject{{u"search"_s, u"router OR parcel"_s}} << Ids{};
        QTest::newRow("column filter is a word")
            << u"admin"_s << QJsonObject{{u"search"_s, u"subject:router"_s}} << Ids{};
        QTest::newRow("NOT is a word") << u"admin"_s << QJsonObject{{u"search"_s, u"router NOT password"_s}} << Ids{};
        QTest::newRow("injection") << u"admin"_s << QJsonObject{{u"search"_s, u"x' OR '1'='1"_s}} << Ids{};
        QTest::newRow("caret and braces") << u"admin"_s << QJsonObject{{u"search"_s, u"^router {subject}"_s}} << Ids{};
        QTest::newRow("blank search: no filter")
            << u"admin"_s << QJsonObject{{u"search"_s, u"   "_s}} << Ids{6, 5, 4, 3, 2, 1};

        // Customers see their own, whatever they ask for.
        QTest::newRow("customer: own only") << u"chitra"_s << QJsonObject{} << Ids{5, 2, 1};
        QTest::newRow("customer asks for another customer")
            << u"chitra"_s << QJsonObject{{u"customerId"_s, 4}} << Ids{5, 2, 1};
        QTest::newRow("customer asks for 'mine'") << u"bala"_s << QJsonObject{{u"mine"_s, true}} << Ids{6, 4, 3};
        QTest::newRow("customer filters by assignee") << u"bala"_s << QJsonObject{{u"assigneeId"_s, 2}} << Ids{6, 3};
    }

    void filtersSortsAndSearches()
    {
        QFETCH(QString, who);
        QFETCH(QJsonObject, params);
        QFETCH(Ids, expected);
        // The fixture's ids as the rows assume them.
        QCOMPARE(m_agentId, 2);
        QCOMPARE(m_chitraId, 3);
        QCOMPARE(m_categories.value(u"Billing"_s), 2);
        const Reply reply = this->who(who)->call(methods::ticketList, params);
        QVERIFY2(reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(idsOf(reply), expected);
        QVERIFY(reply.result[u"eventSeq"_s].isDouble());
        QVERIFY(!reply.result.contains(u"nextCursor"_s)); // all fit on the default page
    }

    void cursorsWalkEveryPageOnce_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QJsonObject>("params");
        const QStringList columns = {u"id"_s,       u"subject"_s,  u"status"_s,  u"priority"_s, u"customer"_s,
                                     u"assignee"_s, u"category"_s, u"created"_s, u"updated"_s,  u"resolutionDue"_s};
        for (const QString &column : columns) {
            for (bool descending : {false, true}) {
                const QJsonObject sort{{u"column"_s, column}, {u"descending"_s, descending}};
                QTest::addRow("%s %s", qPrintable(column), descending ? "desc" : "asc")
                    << u"admin"_s << QJsonObject{{u"sort"_s, sort}};
            }
        }
        QTest::newRow("filtered, by priority") << u"admin"_s
                                               << QJsonObject{{u"status"_s, QJsonArray{u"open"_s, u"agent_assigned"_s}},
                                                              {u"sort"_s, QJsonObject{{u"column"_s, u"priority"_s}}}};
        QTest::newRow("search, by updated")
            << u"admin"_s
            << QJsonObject{{u"search"_s, u"router"_s}, {u"sort"_s, QJsonObject{{u"column"_s, u"updated"_s}}}};
        QTest::newRow("customer, by subject")
            << u"bala"_s << QJsonObject{{u"sort"_s, QJsonObject{{u"column"_s, u"subject"_s}}}};
    }

    void cursorsWalkEveryPageOnce()
    {
        QFETCH(QString, who);
        QFETCH(QJsonObject, params);
        TestClient &client = *this->who(who);
        const Ids whole = idsOf(client.call(methods::ticketList, merged(params, {{u"limit"_s, 200}})));
        QVERIFY(!whole.isEmpty());
        for (int pageSize : {1, 2, 4}) {
            bool ok = true;
            const Ids walked = walk(client, params, pageSize, &ok);
            QVERIFY2(ok, qPrintable(u"page size %1"_s.arg(pageSize)));
            QCOMPARE(walked, whole); // same order: no gap, no duplicate
            QCOMPARE(std::set<qint64>(walked.begin(), walked.end()).size(), size_t(walked.size()));
        }
    }

    void newTicketsDoNotShiftAWalk()
    {
        // Keyset pages: a ticket raised between two pages neither repeats nor
        // hides a row of the walk (it is newer than the cursor).
        const Reply first = m_admin->call(methods::ticketList, {{u"limit"_s, 2}});
        QCOMPARE(idsOf(first), (Ids{6, 5}));
        const qint64 extra = raise(*m_chitra, u"Late arrival"_s, u"Raised mid-walk."_s, u"low"_s, {});
        const Reply second =
            m_admin->call(methods::ticketList, {{u"limit"_s, 2}, {u"cursor"_s, first.result[u"nextCursor"_s]}});
        QCOMPARE(idsOf(second), (Ids{4, 3}));
        QVERIFY(extra > 6);
    }

    void badListParamsAreTypedErrors_data()
    {
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit 0") << QJsonObject{{u"limit"_s, 0}} << u"invalid_params"_s << u"limit"_s;
        QTest::newRow("limit negative") << QJsonObject{{u"limit"_s, -5}} << u"invalid_params"_s << u"limit"_s;
        QTest::newRow("limit 201") << QJsonObject{{u"limit"_s, 201}} << u"invalid_params"_s << u"limit"_s;
        QTest::newRow("limit huge") << QJsonObject{{u"limit"_s, 1e300}} << u"invalid_params"_s << u"limit"_s;
        QTest::newRow("limit fraction") << QJsonObject{{u"limit"_s, 2.5}} << u"invalid_params"_s << u"limit"_s;
        QTest::newRow("limit text") << QJsonObject{{u"limit"_s, u"10"_s}} << u"invalid_params"_s << u"limit"_s;
        QTest::newRow("status not a list")
            << QJsonObject{{u"status"_s, u"open"_s}} << u"invalid_params"_s << u"status"_s;
        QTest::newRow("unknown status") << QJsonObject{{u"status"_s, QJsonArray{u"open'--"_s}}} << u"invalid_params"_s
                                        << u"status"_s;
        QTest::newRow("status of numbers")
            << QJsonObject{{u"status"_s, QJsonArray{1}}} << u"invalid_params"_s << u"status"_s;
        QTest::newRow("unknown priority")
            << QJsonObject{{u"priority"_s, QJsonArray{u"critical"_s}}} << u"invalid_params"_s << u"priority"_s;
        QTest::newRow("assignee negative")
            << QJsonObject{{u"assigneeId"_s, -1}} << u"invalid_params"_s << u"assigneeId"_s;
        QTest::newRow("mine as text") << QJsonObject{{u"mine"_s, u"yes"_s}} << u"invalid_params"_s << u"mine"_s;
        QTest::newRow("category 0") << QJsonObject{{u"categoryId"_s, 0}} << u"invalid_params"_s << u"categoryId"_s;
        QTest::newRow("date in words") << QJsonObject{{u"createdFrom"_s, u"yesterday"_s}} << u"invalid_params"_s
                                       << u"createdFrom"_s;
        QTest::newRow("date as number") << QJsonObject{{u"createdTo"_s, 1700000000}} << u"invalid_params"_s
                                        << u"createdTo"_s;
        QTest::newRow("unknown sort column")
            << QJsonObject{{u"sort"_s, QJsonObject{{u"column"_s, u"t.id; DROP TABLE tickets"_s}}}}
            << u"invalid_params"_s << u"sort"_s;
        QTest::newRow("sort as text") << QJsonObject{{u"sort"_s, u"id"_s}} << u"invalid_params"_s << u"sort"_s;
        QTest::newRow("descending as text")
            << QJsonObject{{u"sort"_s, QJsonObject{{u"column"_s, u"id"_s}, {u"descending"_s, u"yes"_s}}}}
            << u"invalid_params"_s << u"sort"_s;
        QTest::newRow("cursor garbage") << QJsonObject{{u"cursor"_s, u"!!not base64!!"_s}} << u"invalid_params"_s
                                        << u"cursor"_s;
        QTest::newRow("cursor of other JSON")
            << QJsonObject{{u"cursor"_s, QString::fromLatin1(QByteArray(R"({"c":"id","d":true,"v":"x","i":-4})")
                                                                 .toBase64(QByteArray::Base64UrlEncoding))}}
            << u"invalid_params"_s << u"cursor"_s;
        QTest::newRow("cursor of text sort value on a number column")
            << QJsonObject{{u"cursor"_s, QString::fromLatin1(QByteArray(R"({"c":"id","d":true,"v":"1 OR 1=1","i":3})")
                                                                 .toBase64(QByteArray::Base64UrlEncoding))}}
            << u"invalid_params"_s << u"cursor"_s;
        QTest::newRow("cursor 100 KB") << QJsonObject{{u"cursor"_s, QString(100000, u'A')}} << u"invalid_params"_s
                                       << u"cursor"_s;
        QTest::newRow("search 100 KB") << QJsonObject{{u"search"_s, QString(100000, u'a')}} << u"invalid_params"_s
                                       << u"search"_s;
        QTest::newRow("search 201 characters")
            << QJsonObject{{u"search"_s, QString(201, u'a')}} << u"validation_failed"_s << u"search"_s;
        QTest::newRow("search 17 words") << QJsonObject{{u"search"_s, QStringList(17, u"word"_s).join(u' ')}}
                                         << u"validation_failed"_s << u"search"_s;
        QTest::newRow("search of only syntax")
            << QJsonObject{{u"search"_s, u"* \" ( ) : ^ -"_s}} << u"validation_failed"_s << u"search"_s;
        QTest::newRow("search not text") << QJsonObject{{u"search"_s, QJsonArray{u"router"_s}}} << u"invalid_params"_s
                                         << u"search"_s;
        QTest::newRow("beforeId with another sort")
            << QJsonObject{{u"beforeId"_s, 5}, {u"sort"_s, QJsonObject{{u"column"_s, u"subject"_s}}}}
            << u"invalid_params"_s << u"beforeId"_s;
    }

    void badListParamsAreTypedErrors()
    {
        QFETCH(QJsonObject, params);
        QFETCH(QString, code);
        QFETCH(QString, field);
        for (TestClient *client : {m_admin.get(), m_chitra.get()}) {
            const Reply reply = client->call(methods::ticketList, params);
            QVERIFY2(!reply.ok(), qPrintable(toString(reply)));
            QCOMPARE(errorCodeName(reply.error->code), code);
            QCOMPARE(reply.error->field, field);
        }
        // The server is fine afterwards.
        QVERIFY(m_admin->call(methods::ticketList, {{u"search"_s, u"router"_s}}).ok());
    }

    void aCursorBelongsToItsSort()
    {
        const Reply first = m_admin->call(methods::ticketList, {{u"limit"_s, 2}});
        const QString cursor = first.result[u"nextCursor"_s].toString();
        QVERIFY(!cursor.isEmpty());
        const Reply other = m_admin->call(
            methods::ticketList,
            {{u"limit"_s, 2}, {u"cursor"_s, cursor}, {u"sort"_s, QJsonObject{{u"column"_s, u"subject"_s}}}});
        QCOMPARE(errorCodeName(other.error->code), u"invalid_params"_s);
        QCOMPARE(other.error->field, u"cursor"_s);
        // A customer replaying an admin's cursor still gets only their own tickets.
        const Reply replayed = m_bala->call(methods::ticketList, {{u"limit"_s, 2}, {u"cursor"_s, cursor}});
        QVERIFY2(replayed.ok(), qPrintable(toString(replayed)));
        for (qint64 id : idsOf(replayed))
            QVERIFY2(id == 4 || id == 3, qPrintable(QString::number(id)));
    }
};

QTEST_GUILESS_MAIN(TicketFindTest)
#include "tst_ticket_find.moc"

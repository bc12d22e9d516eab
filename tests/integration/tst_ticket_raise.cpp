// Raising tickets through the real protocol: a customer with every detail,
// an agent for a caller (an existing customer found by customer.search, or
// a new one who claims the account from the mailed code), categories, bad
// input that changes nothing, and who may call what.
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {
const QString kPassword = u"correct horse battery"_s;

QList<qint64> idsOf(const QJsonArray &rows)
{
    QList<qint64> ids;
    for (const auto &row : rows)
        ids << row[u"id"_s].toInteger();
    return ids;
}
} // namespace

class TicketRaiseTest : public QObject
{
    Q_OBJECT

    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_customer;
    qint64 m_agentId = 0;
    qint64 m_customerId = 0;
    QHash<QString, qint64> m_categories; // name -> id

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        return client->connectTo(m_server->endpoint()) ? std::move(client) : nullptr;
    }

    std::unique_ptr<TestClient> confirmedCustomer(const QString &first, const QString &last, const QString &email)
    {
        auto client = connected();
        if (!client || !client->registerCustomer(first, last, email, kPassword).ok()
            || !QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(email).isEmpty(); }, 10000)
            || !client->login(email, kPassword).ok()
            || !client->call(methods::authConfirmEmail, {{u"code"_s, m_smtp.latestCodeFor(email)}}).ok())
            return nullptr;
        return client;
    }

    qint64 ticketCount(TestClient &client)
    {
        return client.call(methods::ticketList, {{u"limit"_s, 200}}).result[u"tickets"_s].toArray().size();
    }

    QJsonObject ticketParams(const QJsonObject &extra = {})
    {
        QJsonObject params{{u"subject"_s, u"Modem blinks red"_s}, {u"description"_s, u"Since the storm."_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            params.insert(it.key(), it.value());
        return params;
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

        m_customer = confirmedCustomer(u"Chitra"_s, u"Tester"_s, u"chitra@example.com"_s);
        QVERIFY(m_customer);
        m_customerId = m_customer->call(methods::profileGet).result[u"user"_s][u"id"_s].toInteger();
        QVERIFY(m_customer->call(methods::profileUpdate, {{u"phone"_s, u"+91 44 2811 0000"_s}}).ok());

        const Reply categories = m_customer->call(methods::categoryList);
        QVERIFY2(categories.ok(), qPrintable(toString(categories)));
        for (const auto &category : categories.result[u"categories"_s].toArray())
            m_categories.insert(category[u"name"_s].toString(), category[u"id"_s].toInteger());
        QCOMPARE(m_categories.keys().size(), 4); // General, Billing, Technical, Delivery from migration 4
    }

    void customerRaisesWithEveryDetail()
    {
        const Reply created =
            m_customer->call(methods::ticketCreate, ticketParams({{u"categoryId"_s, m_categories[u"Technical"_s]},
                                                                  {u"priority"_s, u"high"_s},
                                                                  {u"contactPhone"_s, u"+91 (44) 2811-0000"_s},
                                                                  {u"preferredContact"_s, u"phone"_s}}));
        QVERIFY2(created.ok(), qPrintable(toString(created)));
        const QJsonObject ticket = created.result[u"ticket"_s].toObject();
        QCOMPARE(ticket[u"categoryName"_s].toString(), u"Technical"_s);
        QCOMPARE(ticket[u"priority"_s].toString(), u"high"_s);
        QCOMPARE(ticket[u"contactPhone"_s].toString(), u"+91 (44) 2811-0000"_s);
        QCOMPARE(ticket[u"preferredContact"_s].toString(), u"phone"_s);
        QCOMPARE(ticket[u"createdById"_s].toInteger(), 0); // the customer raised it
        QCOMPARE(ticket[u"customerId"_s].toInteger(), m_customerId);

        // The details are stored, not just echoed.
        const Reply opened = m_admin->call(methods::ticketGet, {{u"ticketId"_s, ticket[u"id"_s]}});
        QCOMPARE(opened.result[u"ticket"_s][u"priority"_s].toString(), u"high"_s);
        QCOMPARE(opened.result[u"ticket"_s][u"categoryId"_s].toInteger(), m_categories[u"Technical"_s]);
    }

    void detailsAreOptional()
    {
        const Reply created = m_customer->call(methods::ticketCreate, ticketParams());
        QVERIFY2(created.ok(), qPrintable(toString(created)));
        QCOMPARE(created.result[u"ticket"_s][u"priority"_s].toString(), u"normal"_s);
        QCOMPARE(created.result[u"ticket"_s][u"preferredContact"_s].toString(), u"email"_s);
        QCOMPARE(created.result[u"ticket"_s][u"categoryId"_s].toInteger(), 0);
        QCOMPARE(created.result[u"ticket"_s][u"contactPhone"_s].toString(), QString());
    }

    void badDetailsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown priority")
            << QJsonObject{{u"priority"_s, u"critical"_s}} << u"validation_failed"_s << u"priority"_s;
        QTest::newRow("priority as number") << QJsonObject{{u"priority"_s, 3}} << u"invalid_params"_s << u"priority"_s;
        QTest::newRow("phone with letters")
            << QJsonObject{{u"contactPhone"_s, u"call me maybe"_s}} << u"validation_failed"_s << u"contactPhone"_s;
        QTest::newRow("phone too long") << QJsonObject{{u"contactPhone"_s, QString(33, u'1')}} << u"validation_failed"_s
                                        << u"contactPhone"_s;
        QTest::newRow("phone without digits")
            << QJsonObject{{u"contactPhone"_s, u"+ - ()"_s}} << u"validation_failed"_s << u"contactPhone"_s;
        QTest::newRow("phone of 100 KB") << QJsonObject{{u"contactPhone"_s, QString(100000, u'9')}}
                                         << u"invalid_params"_s << u"contactPhone"_s;
        QTest::newRow("unknown contact way")
            << QJsonObject{{u"preferredContact"_s, u"fax"_s}} << u"validation_failed"_s << u"preferredContact"_s;
        QTest::newRow("no such category")
            << QJsonObject{{u"categoryId"_s, 999999}} << u"validation_failed"_s << u"categoryId"_s;
        QTest::newRow("negative category")
            << QJsonObject{{u"categoryId"_s, -1}} << u"invalid_params"_s << u"categoryId"_s;
        QTest::newRow("category as text")
            << QJsonObject{{u"categoryId"_s, u"2"_s}} << u"invalid_params"_s << u"categoryId"_s;
        QTest::newRow("fractional category")
            << QJsonObject{{u"categoryId"_s, 1.5}} << u"invalid_params"_s << u"categoryId"_s;
    }

    void badDetailsAreRefusedAndChangeNothing()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const qint64 before = ticketCount(*m_customer);
        for (TestClient *client : {m_customer.get(), m_agent.get()}) {
            QJsonObject params = ticketParams(extra);
            const bool forCustomer = client == m_agent.get();
            if (forCustomer)
                params.insert(u"customerId"_s, m_customerId);
            const Reply reply =
                client->call(forCustomer ? methods::ticketCreateForCustomer : methods::ticketCreate, params);
            QVERIFY2(!reply.ok(), qPrintable(toString(reply)));
            QCOMPARE(errorCodeName(reply.error->code), code);
            QCOMPARE(reply.error->field, field);
        }
        QCOMPARE(ticketCount(*m_customer), before);
    }

    void categoriesAreKeptByAdmins()
    {
        const Reply added = m_admin->call(methods::categorySave, {{u"name"_s, u"  Warranty  "_s}});
        QVERIFY2(added.ok(), qPrintable(toString(added)));
        const qint64 id = added.result[u"category"_s][u"id"_s].toInteger();
        QCOMPARE(added.result[u"category"_s][u"name"_s].toString(), u"Warranty"_s);
        QCOMPARE(added.result[u"category"_s][u"active"_s].toBool(), true);

        const Reply duplicate = m_admin->call(methods::categorySave, {{u"name"_s, u"billing"_s}});
        QCOMPARE(errorCodeName(duplicate.error->code), u"validation_failed"_s);
        QCOMPARE(duplicate.error->field, u"name"_s);
        QCOMPARE(m_admin->call(methods::categorySave, {{u"id"_s, 999999}, {u"name"_s, u"Ghost"_s}}).error->code,
                 ErrorCode::NotFound);
        QCOMPARE(m_admin->call(methods::categorySave, {{u"name"_s, u""_s}}).error->field, u"name"_s);
        QCOMPARE(m_admin->call(methods::categorySave, {{u"name"_s, u"Ok"_s}, {u"active"_s, u"no"_s}}).error->code,
                 ErrorCode::InvalidParams);

        // Deactivated: staff still see it, customers do not, nobody can choose it.
        QVERIFY(
            m_admin
                ->call(methods::categorySave, {{u"id"_s, id}, {u"name"_s, u"Warranty claims"_s}, {u"active"_s, false}})
                .ok());
        bool staffSee = false;
        for (const auto &category : m_agent->call(methods::categoryList).result[u"categories"_s].toArray())
            staffSee = staffSee
                       || (category[u"id"_s].toInteger() == id && !category[u"active"_s].toBool()
                           && category[u"name"_s].toString() == u"Warranty claims"_s);
        QVERIFY(staffSee);
        QVERIFY(!idsOf(m_customer->call(methods::categoryList).result[u"categories"_s].toArray()).contains(id));
        const Reply refused = m_customer->call(methods::ticketCreate, ticketParams({{u"categoryId"_s, id}}));
        QCOMPARE(refused.error->field, u"categoryId"_s);

        QVERIFY(m_admin->call(methods::categorySave, {{u"id"_s, id}, {u"name"_s, u"Warranty"_s}, {u"active"_s, true}})
                    .ok());
        QVERIFY(m_customer->call(methods::ticketCreate, ticketParams({{u"categoryId"_s, id}})).ok());
    }

    void agentRaisesForAnExistingCustomer()
    {
        m_customer->events.clear();
        const qint64 head = m_customer->call(methods::ticketList, {{u"limit"_s, 1}}).result[u"eventSeq"_s].toInteger();
        QVERIFY(m_customer->call(methods::eventsSubscribe, {{u"since"_s, head}}).ok());

        const Reply created =
            m_agent->call(methods::ticketCreateForCustomer, ticketParams({{u"customerId"_s, m_customerId},
                                                                          {u"subject"_s, u"Caller: bill too high"_s},
                                                                          {u"categoryId"_s, m_categories[u"Billing"_s]},
                                                                          {u"priority"_s, u"urgent"_s}}));
        QVERIFY2(created.ok(), qPrintable(toString(created)));
        QCOMPARE(created.result[u"customerCreated"_s].toBool(), false);
        QCOMPARE(created.result[u"customer"_s][u"id"_s].toInteger(), m_customerId);
        QCOMPARE(created.result[u"customer"_s][u"email"_s].toString(), u"chitra@example.com"_s);
        const QJsonObject ticket = created.result[u"ticket"_s].toObject();
        QCOMPARE(ticket[u"customerId"_s].toInteger(), m_customerId);
        QCOMPARE(ticket[u"createdById"_s].toInteger(), m_agentId);
        QCOMPARE(ticket[u"priority"_s].toString(), u"urgent"_s);

        // The customer sees it live, and its history names the agent.
        QVERIFY(m_customer->waitForEvents(1));
        QCOMPARE(m_customer->events.last().name, QString(events::ticketCreated));
        QCOMPARE(m_customer->events.last().data[u"id"_s].toInteger(), ticket[u"id"_s].toInteger());
        const Reply opened = m_customer->call(methods::ticketGet, {{u"ticketId"_s, ticket[u"id"_s]}});
        QCOMPARE(opened.result[u"history"_s][0][u"actorName"_s].toString(), u"Arun Agent"_s);
    }

    void agentRaisesForANewCustomerWhoClaimsTheAccount()
    {
        const QString email = u"dev.caller@example.com"_s;
        const Reply created =
            m_agent->call(methods::ticketCreateForCustomer,
                          ticketParams({{u"newCustomer"_s, QJsonObject{{u"firstName"_s, u"Devika"_s},
                                                                       {u"lastName"_s, u"Caller"_s},
                                                                       {u"email"_s, u"  Dev.Caller@Example.com "_s},
                                                                       {u"phone"_s, u"+91 98450 12345"_s}}},
                                        {u"preferredContact"_s, u"phone"_s}}));
        QVERIFY2(created.ok(), qPrintable(toString(created)));
        QCOMPARE(created.result[u"customerCreated"_s].toBool(), true);
        const qint64 newId = created.result[u"customer"_s][u"id"_s].toInteger();
        QCOMPARE(created.result[u"customer"_s][u"email"_s].toString(), email);
        QCOMPARE(created.result[u"customer"_s][u"state"_s].toString(), u"invited"_s);
        QCOMPARE(created.result[u"ticket"_s][u"customerId"_s].toInteger(), newId);
        QCOMPARE(created.result[u"ticket"_s][u"createdById"_s].toInteger(), m_agentId);

        // The claim mail, and the account claimed with its code.
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(email).isEmpty(); }, 10000));
        const CapturedMail mail = [&] {
            CapturedMail last;
            for (const auto &m : m_smtp.mails())
                if (m.envelopeTo == email)
                    last = m;
            return last;
        }();
        QVERIFY2(mail.text.contains(u"Devika"_s) && mail.text.contains(u"password"_s), qPrintable(mail.text));
        auto claimer = connected();
        QCOMPARE(claimer->login(email, kPassword).error->code, ErrorCode::InvalidCredentials); // no password yet
        const Reply claimed = claimer->call(methods::authAcceptInvitation, {{u"email"_s, email},
                                                                            {u"code"_s, m_smtp.latestCodeFor(email)},
                                                                            {u"password"_s, kPassword},
                                                                            {u"passwordConfirmation"_s, kPassword}});
        QVERIFY2(claimed.ok(), qPrintable(toString(claimed)));
        const Reply login = claimer->login(email, kPassword);
        QVERIFY2(login.ok(), qPrintable(toString(login)));
        QCOMPARE(login.result[u"user"_s][u"role"_s].toString(), u"customer"_s);
        const Reply mine = claimer->call(methods::ticketList);
        QCOMPARE(idsOf(mine.result[u"tickets"_s].toArray()),
                 QList<qint64>{created.result[u"ticket"_s][u"id"_s].toInteger()});
        // Confirmed by the claim: they can raise their own tickets at once.
        QVERIFY(claimer->call(methods::ticketCreate, ticketParams()).ok());
    }

    void raisingForSomeoneIsChecked_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QJsonObject good{
            {u"firstName"_s, u"Gita"_s}, {u"lastName"_s, u"New"_s}, {u"email"_s, u"g@example.com"_s}};
        auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject customer = good;
            customer.insert(key, value);
            return QJsonObject{{u"newCustomer"_s, customer}};
        };
        QTest::newRow("neither") << QJsonObject{} << u"invalid_params"_s << u"customerId"_s;
        QTest::newRow("both") << QJsonObject{{u"customerId"_s, 1}, {u"newCustomer"_s, good}} << u"invalid_params"_s
                              << u"customerId"_s;
        QTest::newRow("no such customer")
            << QJsonObject{{u"customerId"_s, 999999}} << u"not_found"_s << u"customerId"_s;
        QTest::newRow("an admin is no customer")
            << QJsonObject{{u"customerId"_s, 1}} << u"not_found"_s << u"customerId"_s;
        QTest::newRow("newCustomer not an object")
            << QJsonObject{{u"newCustomer"_s, u"Gita"_s}} << u"invalid_params"_s << u"newCustomer"_s;
        QTest::newRow("email taken") << with(u"email"_s, u"CHITRA@example.com"_s) << u"email_taken"_s
                                     << u"newCustomer.email"_s;
        QTest::newRow("bad email") << with(u"email"_s, u"not-an-email"_s) << u"validation_failed"_s
                                   << u"newCustomer.email"_s;
        QTest::newRow("short first name")
            << with(u"firstName"_s, u"G"_s) << u"validation_failed"_s << u"newCustomer.firstName"_s;
        QTest::newRow("missing last name")
            << QJsonObject{{u"newCustomer"_s,
                            QJsonObject{{u"firstName"_s, u"Gita"_s}, {u"email"_s, u"g@example.com"_s}}}}
            << u"invalid_params"_s << u"newCustomer.lastName"_s;
        QTest::newRow("bad phone") << with(u"phone"_s, u"0800-CALL-NOW"_s) << u"validation_failed"_s
                                   << u"newCustomer.phone"_s;
        QTest::newRow("no subject") << QJsonObject{{u"customerId"_s, 2}, {u"subject"_s, u"   "_s}}
                                    << u"validation_failed"_s << u"subject"_s;
    }

    void raisingForSomeoneIsChecked()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const qint64 before = ticketCount(*m_admin);
        const qsizetype mailsBefore = m_smtp.mails().size();
        const Reply reply = m_agent->call(methods::ticketCreateForCustomer, ticketParams(extra));
        QVERIFY2(!reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(errorCodeName(reply.error->code), code);
        QCOMPARE(reply.error->field, field);
        QCOMPARE(ticketCount(*m_admin), before);
        QCOMPARE(m_smtp.mails().size(), mailsBefore);
        QCOMPARE(
            m_admin->call(methods::customerSearch, {{u"query"_s, u"Gita"_s}}).result[u"customers"_s].toArray().size(),
            0);
    }

    void staffFindCustomers_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("emails");
        QTest::newRow("first name prefix") << u"chit"_s << QStringList{u"chitra@example.com"_s};
        QTest::newRow("any case") << u"CHITRA"_s << QStringList{u"chitra@example.com"_s};
        QTest::newRow("last name") << u"Calle"_s << QStringList{u"dev.caller@example.com"_s};
        QTest::newRow("first and last") << u"Devika Cal"_s << QStringList{u"dev.caller@example.com"_s};
        QTest::newRow("email") << u"dev.c"_s << QStringList{u"dev.caller@example.com"_s};
        QTest::newRow("phone") << u"+91 9845"_s << QStringList{u"dev.caller@example.com"_s};
        QTest::newRow("profile phone") << u"+91 44"_s << QStringList{u"chitra@example.com"_s};
        QTest::newRow("phone without country code") << u"98450 12345"_s << QStringList{u"dev.caller@example.com"_s};
        QTest::newRow("phone as bare digits") << u"919845012345"_s << QStringList{u"dev.caller@example.com"_s};
        QTest::newRow("phone with dashes") << u"98450-12345"_s << QStringList{u"dev.caller@example.com"_s};
        QTest::newRow("phone, last digits") << u"2811 0000"_s << QStringList{u"chitra@example.com"_s};
        QTest::newRow("three digits are not a phone") << u"845"_s << QStringList{};
        QTest::newRow("digits of nobody") << u"5550 1234"_s << QStringList{};
        QTest::newRow("shared last name, by name")
            << u"Tester"_s << QStringList{u"chitra@example.com"_s, u"pavi@example.com"_s};
        QTest::newRow("agents are not customers") << u"Arun"_s << QStringList{};
        QTest::newRow("percent is literal") << u"%"_s << QStringList{};
        QTest::newRow("underscore is literal") << u"_hitra"_s << QStringList{};
        QTest::newRow("quote and SQL") << u"' OR 1=1 --"_s << QStringList{};
    }

    void staffFindCustomers()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, emails);
        static bool seeded = false;
        if (!seeded) {
            QVERIFY(confirmedCustomer(u"Pavithra"_s, u"Tester"_s, u"pavi@example.com"_s));
            seeded = true;
        }
        const Reply reply = m_agent->call(methods::customerSearch, {{u"query"_s, query}});
        QVERIFY2(reply.ok(), qPrintable(toString(reply)));
        QStringList found;
        for (const auto &customer : reply.result[u"customers"_s].toArray())
            found << customer[u"email"_s].toString();
        QCOMPARE(found, emails);
    }

    void customerSearchInputIsChecked_data()
    {
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing") << QJsonObject{} << u"invalid_params"_s << u"query"_s;
        QTest::newRow("blank") << QJsonObject{{u"query"_s, u"   "_s}} << u"validation_failed"_s << u"query"_s;
        QTest::newRow("100 KB") << QJsonObject{{u"query"_s, QString(100000, u'a')}} << u"invalid_params"_s
                                << u"query"_s;
        QTest::newRow("limit 0") << QJsonObject{{u"query"_s, u"a"_s}, {u"limit"_s, 0}} << u"invalid_params"_s
                                 << u"limit"_s;
        QTest::newRow("limit 51") << QJsonObject{{u"query"_s, u"a"_s}, {u"limit"_s, 51}} << u"invalid_params"_s
                                  << u"limit"_s;
        QTest::newRow("limit text") << QJsonObject{{u"query"_s, u"a"_s}, {u"limit"_s, u"5"_s}} << u"invalid_params"_s
                                    << u"limit"_s;
    }

    void customerSearchInputIsChecked()
    {
        QFETCH(QJsonObject, params);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Reply reply = m_agent->call(methods::customerSearch, params);
        QVERIFY2(!reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(errorCodeName(reply.error->code), code);
        QCOMPARE(reply.error->field, field);
    }

    void customersCannotUseStaffMethods_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        const QJsonObject forSomeone{{u"customerId"_s, 2}, {u"subject"_s, u"x"_s}, {u"description"_s, u"y"_s}};
        QTest::newRow("customer raises for someone")
            << u"customer"_s << QString(methods::ticketCreateForCustomer) << forSomeone;
        QTest::newRow("customer searches customers")
            << u"customer"_s << QString(methods::customerSearch) << QJsonObject{{u"query"_s, u"a"_s}};
        QTest::newRow("customer saves a category")
            << u"customer"_s << QString(methods::categorySave) << QJsonObject{{u"name"_s, u"Mine"_s}};
        QTest::newRow("agent saves a category")
            << u"agent"_s << QString(methods::categorySave) << QJsonObject{{u"name"_s, u"Mine"_s}};
        QTest::newRow("agent raises as a customer") << u"agent"_s << QString(methods::ticketCreate)
                                                    << QJsonObject{{u"subject"_s, u"x"_s}, {u"description"_s, u"y"_s}};
    }

    void customersCannotUseStaffMethods()
    {
        QFETCH(QString, who);
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        TestClient *client = who == u"customer" ? m_customer.get() : m_agent.get();
        const qint64 before = ticketCount(*m_admin);
        const Reply reply = client->call(method, params);
        QVERIFY2(!reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(errorCodeName(reply.error->code), u"forbidden"_s);
        QCOMPARE(ticketCount(*m_admin), before);
        for (const auto &category : m_admin->call(methods::categoryList).result[u"categories"_s].toArray())
            QVERIFY(category[u"name"_s].toString() != u"Mine"_s);
    }
};

QTEST_GUILESS_MAIN(TicketRaiseTest)
#include "tst_ticket_raise.moc"

// SLA targets against a real server whose clock the test moves
// (--test-clock, debug.advanceClock): deadlines per priority, breaches
// flagged in ticket.get and pushed live, ONE mail per breach to the assignee
// and every admin — never again, not after another advance, not after a
// restart — and no breach when the target was met.
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {

const QString kPassword = u"correct horse battery"_s;
const QString kAdmin = u"admin@example.com"_s;
const QString kSecondAdmin = u"bala.admin@example.com"_s;
const QString kAgent = u"arun@example.com"_s;
const QString kCustomer = u"chitra@example.com"_s;

QDateTime timeOf(const QJsonObject &ticket, const QString &key)
{
    return QDateTime::fromString(ticket.value(key).toString(), Qt::ISODateWithMs);
}

} // namespace

class TicketSlaTest : public QObject
{
    Q_OBJECT

    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_agent; // the assignee; also the "second client" watching events
    std::unique_ptr<TestClient> m_customer;
    qint64 m_agentId = 0;
    int m_sentinels = 0;

    std::unique_ptr<TestClient> loggedIn(const QString &email)
    {
        auto client = std::make_unique<TestClient>();
        if (!client->connectTo(m_server->endpoint()) || !client->login(email, kPassword).ok())
            return nullptr;
        const qint64 head = client->call(methods::ticketList).result[u"eventSeq"_s].toInteger();
        if (!client->call(methods::eventsSubscribe, {{u"since"_s, head}}).ok())
            return nullptr;
        return client;
    }

    bool invite(const QString &role, const QString &first, const QString &email)
    {
        auto client = std::make_unique<TestClient>();
        return m_admin
                   ->call(
                       methods::userInvite,
                       {{u"role"_s, role}, {u"firstName"_s, first}, {u"lastName"_s, u"Tester"_s}, {u"email"_s, email}})
                   .ok()
               && QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(email).isEmpty(); }, 10000)
               && client->connectTo(m_server->endpoint())
               && client
                      ->call(methods::authAcceptInvitation, {{u"email"_s, email},
                                                             {u"code"_s, m_smtp.latestCodeFor(email)},
                                                             {u"password"_s, kPassword},
                                                             {u"passwordConfirmation"_s, kPassword}})
                      .ok();
    }

    bool connectAll()
    {
        m_admin = loggedIn(kAdmin);
        m_agent = loggedIn(kAgent);
        m_customer = loggedIn(kCustomer);
        return m_admin && m_agent && m_customer;
    }

    // A ticket raised by the customer, given to the agent, at `priority`.
    QJsonObject raise(const QString &subject, const QString &priority)
    {
        const Reply created =
            m_customer->call(methods::ticketCreate, {{u"subject"_s, subject}, {u"description"_s, u"Details."_s}});
        const qint64 id = created.result[u"ticket"_s][u"id"_s].toInteger();
        if (!created.ok()
            || !m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_agentId}}).ok())
            return {};
        const Reply prioritised =
            m_admin->call(methods::ticketSetPriority, {{u"ticketId"_s, id}, {u"priority"_s, priority}});
        return prioritised.result[u"ticket"_s].toObject();
    }

    QJsonObject ticket(qint64 id)
    {
        return m_admin->call(methods::ticketGet, {{u"ticketId"_s, id}}).result[u"ticket"_s].toObject();
    }

    Reply advance(qint64 minutes) { return m_admin->call(methods::debugAdvanceClock, {{u"minutes"_s, minutes}}); }

    // Breach mails about one ticket, as "kind -> recipient" lines, sorted.
    QStringList breachMails(qint64 ticketId)
    {
        QStringList lines;
        for (const auto &mail : m_smtp.mails()) {
            const QString subject = mail.header("subject");
            if (!subject.startsWith(u"[#%1] "_s.arg(ticketId)) || !subject.contains(u"overdue"_s))
                continue;
            lines << (subject.contains(u"First response"_s) ? u"first response -> "_s : u"resolution -> "_s)
                         + mail.envelopeTo;
        }
        lines.sort();
        return lines;
    }

    static QStringList expectedMails(const QString &kind)
    {
        return {kind + u" -> "_s + kAdmin, kind + u" -> "_s + kAgent, kind + u" -> "_s + kSecondAdmin};
    }

    // Every mail queued before now has been handed to the relay once a test
    // mail queued now arrives (the outbox sends in order): proves absence
    // without sleeping.
    bool outboxDrained()
    {
        const QString to = u"sentinel-%1@example.com"_s.arg(++m_sentinels);
        if (!m_admin->call(methods::mailSendTest, {{u"to"_s, to}}).ok())
            return false;
        return QTest::qWaitFor(
            [&] {
                const auto mails = m_smtp.mails();
                return std::any_of(mails.begin(), mails.end(), [&](const auto &mail) { return mail.envelopeTo == to; });
            },
            10000);
    }

    bool sawBreachEvent(qint64 ticketId, int bits)
    {
        return QTest::qWaitFor(
            [&] {
                return std::any_of(m_agent->events.begin(), m_agent->events.end(), [&](const auto &event) {
                    return event.name == QString(events::ticketUpdated) && event.data[u"id"_s].toInteger() == ticketId
                           && event.data[u"slaBreached"_s].toInt() == bits;
                });
            },
            5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_smtp.start());
        m_server = std::make_unique<ServerProcess>(m_smtp.serverArguments() << u"--test-clock"_s);
        QVERIFY(m_server->createAdmin(kAdmin, kPassword));
        QVERIFY(m_server->start());
        m_admin = loggedIn(kAdmin);
        QVERIFY(m_admin);
        QVERIFY(invite(u"admin"_s, u"Bala"_s, kSecondAdmin));
        QVERIFY(invite(u"agent"_s, u"Arun"_s, kAgent));
        auto customer = std::make_unique<TestClient>();
        QVERIFY(customer->connectTo(m_server->endpoint()));
        QVERIFY(customer->registerCustomer(u"Chitra"_s, u"Tester"_s, kCustomer, kPassword).ok());
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(kCustomer).isEmpty(); }, 10000));
        QVERIFY(customer->login(kCustomer, kPassword).ok());
        QVERIFY(customer->call(methods::authConfirmEmail, {{u"code"_s, m_smtp.latestCodeFor(kCustomer)}}).ok());
        QVERIFY(connectAll());
        m_agentId = m_agent->call(methods::profileGet).result[u"user"_s][u"id"_s].toInteger();
    }

    void defaultTargets()
    {
        const Reply reply = m_admin->call(methods::settingsSlaGet);
        QVERIFY2(reply.ok(), qPrintable(toString(reply)));
        const QJsonObject targets = reply.result[u"targets"_s].toObject();
        QCOMPARE(targets[u"urgent"_s][u"firstResponseMinutes"_s].toInt(), 30);
        QCOMPARE(targets[u"urgent"_s][u"resolutionMinutes"_s].toInt(), 4 * 60);
        QCOMPARE(targets[u"high"_s][u"firstResponseMinutes"_s].toInt(), 60);
        QCOMPARE(targets[u"high"_s][u"resolutionMinutes"_s].toInt(), 8 * 60);
        QCOMPARE(targets[u"normal"_s][u"firstResponseMinutes"_s].toInt(), 4 * 60);
        QCOMPARE(targets[u"normal"_s][u"resolutionMinutes"_s].toInt(), 24 * 60);
        QCOMPARE(targets[u"low"_s][u"firstResponseMinutes"_s].toInt(), 8 * 60);
        QCOMPARE(targets[u"low"_s][u"resolutionMinutes"_s].toInt(), 72 * 60);
    }

    void aRestartNotifiesNothingAgain()
    {
        const QJsonObject raised = raise(u"Before the restart"_s, u"urgent"_s);
        const qint64 id = raised[u"id"_s].toInteger();
        QVERIFY(advance(31).ok());
        QVERIFY(outboxDrained());
        QCOMPARE(breachMails(id), expectedMails(u"first response"_s));

        m_server->stop();
        QVERIFY(m_server->start());
        QVERIFY(connectAll());
        QCOMPARE(ticket(id)[u"slaBreached"_s].toInt(), 1);
        // The clock restarts at real time; move it past every deadline.
        QVERIFY(advance(5 * 24 * 60).ok());
        QCOMPARE(ticket(id)[u"slaBreached"_s].toInt(), 3);
        QVERIFY(outboxDrained());
        QCOMPARE(breachMails(id), expectedMails(u"first response"_s) + expectedMails(u"resolution"_s));
        QVERIFY(advance(60).ok());
        QVERIFY(outboxDrained());
        QCOMPARE(breachMails(id).size(), 6);
    }

    void breachesAreFlaggedAndNotifiedOnce_data()
    {
        QTest::addColumn<QString>("priority");
        QTest::addColumn<int>("firstResponseMinutes");
        QTest::addColumn<int>("resolutionMinutes");
        QTest::newRow("urgent") << u"urgent"_s << 30 << 4 * 60;
        QTest::newRow("high") << u"high"_s << 60 << 8 * 60;
        QTest::newRow("normal") << u"normal"_s << 4 * 60 << 24 * 60;
        QTest::newRow("low") << u"low"_s << 8 * 60 << 72 * 60;
    }

    void breachesAreFlaggedAndNotifiedOnce()
    {
        QFETCH(QString, priority);
        QFETCH(int, firstResponseMinutes);
        QFETCH(int, resolutionMinutes);
        const QJsonObject raised = raise(u"Breach at %1"_s.arg(priority), priority);
        QVERIFY2(!raised.isEmpty(), "could not raise, assign and prioritise the ticket");
        const qint64 id = raised[u"id"_s].toInteger();
        QCOMPARE(raised[u"priority"_s].toString(), priority);
        const QDateTime createdAt = timeOf(raised, u"createdAt"_s);
        QCOMPARE(timeOf(raised, u"firstResponseDue"_s), createdAt.addSecs(firstResponseMinutes * 60));
        QCOMPARE(timeOf(raised, u"resolutionDue"_s), createdAt.addSecs(resolutionMinutes * 60));
        QCOMPARE(raised[u"slaBreached"_s].toInt(), 0);

        // Just before the first response is due: nothing.
        QVERIFY(advance(firstResponseMinutes - 1).ok());
        QCOMPARE(ticket(id)[u"slaBreached"_s].toInt(), 0);

        // Past it: flagged, pushed to another client, mailed once to each.
        const Reply first = advance(2);
        QVERIFY2(first.ok(), qPrintable(toString(first)));
        QVERIFY(first.result[u"breachesFlagged"_s].toInt() >= 1);
        QCOMPARE(ticket(id)[u"slaBreached"_s].toInt(), 1);
        QVERIFY2(sawBreachEvent(id, 1), "no ticket.updated with slaBreached 1 at the second client");
        QVERIFY(outboxDrained());
        QCOMPARE(breachMails(id), expectedMails(u"first response"_s));

        // Past the resolution target: the second bit, three more mails.
        QVERIFY(advance(resolutionMinutes - firstResponseMinutes).ok());
        QCOMPARE(ticket(id)[u"slaBreached"_s].toInt(), 3);
        QVERIFY2(sawBreachEvent(id, 3), "no ticket.updated with slaBreached 3 at the second client");
        QVERIFY(outboxDrained());
        QCOMPARE(breachMails(id), expectedMails(u"first response"_s) + expectedMails(u"resolution"_s));

        // Time goes on: no repeat.
        QVERIFY(advance(24 * 60).ok());
        QVERIFY(outboxDrained());
        QCOMPARE(breachMails(id).size(), 6);

        // The history says what happened, by the server itself.
        const QJsonArray history =
            m_admin->call(methods::ticketGet, {{u"ticketId"_s, id}}).result[u"history"_s].toArray();
        QStringList sla;
        for (const auto &change : history) {
            if (change[u"kind"_s].toString() == u"sla")
                sla << change[u"to"_s].toString() + u'@' + QString::number(change[u"actorId"_s].toInteger());
        }
        QCOMPARE(sla, (QStringList{u"first_response@0"_s, u"resolution@0"_s}));
    }

    void metTargetsAreNotBreached()
    {
        // The agent starts work (a first response) and resolves in time.
        const qint64 responded = raise(u"Answered in time"_s, u"urgent"_s)[u"id"_s].toInteger();
        const qint64 resolved = raise(u"Resolved in time"_s, u"urgent"_s)[u"id"_s].toInteger();
        QVERIFY(responded > 0 && resolved > 0);
        QVERIFY(advance(10).ok());
        for (qint64 id : {responded, resolved})
            QVERIFY(
                m_agent->call(methods::ticketSetStatus, {{u"ticketId"_s, id}, {u"status"_s, u"in_progress"_s}}).ok());
        QVERIFY(
            m_agent->call(methods::ticketSetStatus, {{u"ticketId"_s, resolved}, {u"status"_s, u"resolved"_s}}).ok());
        QVERIFY(ticket(responded)[u"firstRespondedAt"_s].isString());
        QVERIFY(ticket(resolved)[u"resolvedAt"_s].isString());

        QVERIFY(advance(60).ok()); // past the first response target
        QCOMPARE(ticket(responded)[u"slaBreached"_s].toInt(), 0);
        QCOMPARE(ticket(resolved)[u"slaBreached"_s].toInt(), 0);
        QVERIFY(advance(4 * 60).ok());                            // past the resolution target
        QCOMPARE(ticket(responded)[u"slaBreached"_s].toInt(), 2); // responded, but never resolved
        QCOMPARE(ticket(resolved)[u"slaBreached"_s].toInt(), 0);
        QVERIFY(outboxDrained());
        QCOMPARE(breachMails(responded), expectedMails(u"resolution"_s));
        QCOMPARE(breachMails(resolved), QStringList());

        // Reopened: a fresh resolution target from the reopening.
        QVERIFY(m_customer->call(methods::ticketSetStatus, {{u"ticketId"_s, resolved}, {u"status"_s, u"in_progress"_s}})
                    .ok());
        const QJsonObject reopened = ticket(resolved);
        QVERIFY(!reopened.contains(u"resolvedAt"_s));
        QVERIFY(timeOf(reopened, u"resolutionDue"_s) > timeOf(reopened, u"updatedAt"_s).addSecs(4 * 60 * 60 - 60));
        QCOMPARE(reopened[u"slaBreached"_s].toInt(), 0);
    }

    void aPriorityChangeMovesTheDeadlines()
    {
        const QJsonObject raised = raise(u"Priority moves"_s, u"normal"_s);
        const qint64 id = raised[u"id"_s].toInteger();
        const QDateTime createdAt = timeOf(raised, u"createdAt"_s);
        QCOMPARE(timeOf(raised, u"firstResponseDue"_s), createdAt.addSecs(4 * 3600));
        m_agent->events.clear();

        Reply changed = m_agent->call(methods::ticketSetPriority, {{u"ticketId"_s, id}, {u"priority"_s, u"urgent"_s}});
        QVERIFY2(changed.ok(), qPrintable(toString(changed)));
        QJsonObject now = changed.result[u"ticket"_s].toObject();
        QCOMPARE(now[u"priority"_s].toString(), u"urgent"_s);
        QCOMPARE(timeOf(now, u"firstResponseDue"_s), createdAt.addSecs(30 * 60));
        QCOMPARE(timeOf(now, u"resolutionDue"_s), createdAt.addSecs(4 * 3600));
        // Live at another client, and in the history.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(m_admin->events.begin(), m_admin->events.end(), [&](const auto &event) {
                    return event.name == QString(events::ticketUpdated) && event.data[u"id"_s].toInteger() == id
                           && event.data[u"priority"_s].toString() == u"urgent"_s;
                });
            },
            5000));
        const QJsonArray history =
            m_admin->call(methods::ticketGet, {{u"ticketId"_s, id}}).result[u"history"_s].toArray();
        const QJsonObject last = history.last().toObject();
        QCOMPARE(last[u"kind"_s].toString(), u"priority"_s);
        QCOMPARE(last[u"from"_s].toString(), u"normal"_s);
        QCOMPARE(last[u"to"_s].toString(), u"urgent"_s);
        QCOMPARE(last[u"actorName"_s].toString(), u"Arun Tester"_s);

        // Breached as urgent; lowered to low, the first response is not due
        // yet, so the flag goes (and would be notified again if missed).
        QVERIFY(advance(31).ok());
        QCOMPARE(ticket(id)[u"slaBreached"_s].toInt(), 1);
        changed = m_admin->call(methods::ticketSetPriority, {{u"ticketId"_s, id}, {u"priority"_s, u"low"_s}});
        now = changed.result[u"ticket"_s].toObject();
        QCOMPARE(timeOf(now, u"firstResponseDue"_s), createdAt.addSecs(8 * 3600));
        QCOMPARE(timeOf(now, u"resolutionDue"_s), createdAt.addSecs(72 * 3600));
        QCOMPARE(now[u"slaBreached"_s].toInt(), 0);

        // The same priority again is a confirmation: no change, no history.
        const qsizetype entries =
            m_admin->call(methods::ticketGet, {{u"ticketId"_s, id}}).result[u"history"_s].toArray().size();
        QVERIFY(m_admin->call(methods::ticketSetPriority, {{u"ticketId"_s, id}, {u"priority"_s, u"low"_s}}).ok());
        QCOMPARE(m_admin->call(methods::ticketGet, {{u"ticketId"_s, id}}).result[u"history"_s].toArray().size(),
                 entries);
    }

    void newTargetsApplyToNewTickets()
    {
        const Reply set = m_admin->call(
            methods::settingsSlaSet,
            {{u"targets"_s,
              QJsonObject{{u"high"_s, QJsonObject{{u"firstResponseMinutes"_s, 15}, {u"resolutionMinutes"_s, 120}}}}}});
        QVERIFY2(set.ok(), qPrintable(toString(set)));
        QCOMPARE(set.result[u"targets"_s][u"high"_s][u"firstResponseMinutes"_s].toInt(), 15);
        QCOMPARE(set.result[u"targets"_s][u"urgent"_s][u"firstResponseMinutes"_s].toInt(), 30); // untouched
        const QJsonObject raised = raise(u"New targets"_s, u"high"_s);
        const QDateTime createdAt = timeOf(raised, u"createdAt"_s);
        QCOMPARE(timeOf(raised, u"firstResponseDue"_s), createdAt.addSecs(15 * 60));
        QCOMPARE(timeOf(raised, u"resolutionDue"_s), createdAt.addSecs(120 * 60));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("field");
        const auto targets = [](const QString &priority, const QJsonObject &values) {
            return QJsonObject{{u"targets"_s, QJsonObject{{priority, values}}}};
        };
        QTest::newRow("targets not an object")
            << u"admin"_s << QString(methods::settingsSlaSet) << QJsonObject{{u"targets"_s, 5}}
            << ErrorCode::InvalidParams << u"targets"_s;
        QTest::newRow("unknown priority") << u"admin"_s << QString(methods::settingsSlaSet)
                                          << targets(u"critical"_s, {{u"firstResponseMinutes"_s, 5}})
                                          << ErrorCode::InvalidParams << u"targets.critical"_s;
        QTest::newRow("negative minutes")
            << u"admin"_s << QString(methods::settingsSlaSet) << targets(u"low"_s, {{u"resolutionMinutes"_s, -5}})
            << ErrorCode::ValidationFailed << u"targets.low.resolutionMinutes"_s;
        QTest::newRow("fractional minutes")
            << u"admin"_s << QString(methods::settingsSlaSet) << targets(u"low"_s, {{u"resolutionMinutes"_s, 1.5}})
            << ErrorCode::ValidationFailed << u"targets.low.resolutionMinutes"_s;
        QTest::newRow("huge minutes") << u"admin"_s << QString(methods::settingsSlaSet)
                                      << targets(u"low"_s, {{u"resolutionMinutes"_s, 1e12}})
                                      << ErrorCode::ValidationFailed << u"targets.low.resolutionMinutes"_s;
        QTest::newRow("response after resolution")
            << u"admin"_s << QString(methods::settingsSlaSet)
            << targets(u"urgent"_s, {{u"firstResponseMinutes"_s, 600}}) << ErrorCode::ValidationFailed
            << u"targets.urgent.firstResponseMinutes"_s;
        QTest::newRow("agent sets targets")
            << u"agent"_s << QString(methods::settingsSlaSet) << targets(u"low"_s, {{u"resolutionMinutes"_s, 60}})
            << ErrorCode::Forbidden << QString();
        QTest::newRow("agent reads targets")
            << u"agent"_s << QString(methods::settingsSlaGet) << QJsonObject{} << ErrorCode::Forbidden << QString();
        QTest::newRow("unknown priority name") << u"admin"_s << QString(methods::ticketSetPriority)
                                               << QJsonObject{{u"ticketId"_s, 1}, {u"priority"_s, u"asap"_s}}
                                               << ErrorCode::ValidationFailed << u"priority"_s;
        QTest::newRow("no such ticket") << u"admin"_s << QString(methods::ticketSetPriority)
                                        << QJsonObject{{u"ticketId"_s, 999999}, {u"priority"_s, u"low"_s}}
                                        << ErrorCode::NotFound << u"ticketId"_s;
        QTest::newRow("customer sets priority")
            << u"customer"_s << QString(methods::ticketSetPriority)
            << QJsonObject{{u"ticketId"_s, 1}, {u"priority"_s, u"urgent"_s}} << ErrorCode::Forbidden << QString();
        QTest::newRow("customer asks for a suggestion")
            << u"customer"_s << QString(methods::ticketSuggestPriority) << QJsonObject{{u"subject"_s, u"x"_s}}
            << ErrorCode::Forbidden << QString();
        QTest::newRow("agent moves the clock") << u"agent"_s << QString(methods::debugAdvanceClock)
                                               << QJsonObject{{u"minutes"_s, 5}} << ErrorCode::Forbidden << QString();
        QTest::newRow("clock backwards") << u"admin"_s << QString(methods::debugAdvanceClock)
                                         << QJsonObject{{u"minutes"_s, -5}} << ErrorCode::InvalidParams << u"minutes"_s;
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(ErrorCode, code);
        QFETCH(QString, field);
        TestClient *client = who == u"admin" ? m_admin.get() : who == u"agent" ? m_agent.get() : m_customer.get();
        const QJsonObject targetsBefore = m_admin->call(methods::settingsSlaGet).result[u"targets"_s].toObject();
        const QJsonObject ticketBefore = ticket(1);
        const Reply reply = client->call(method, params);
        QVERIFY2(!reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(errorCodeName(reply.error->code), errorCodeName(code));
        QCOMPARE(reply.error->field, field);
        QCOMPARE(m_admin->call(methods::settingsSlaGet).result[u"targets"_s].toObject(), targetsBefore);
        QCOMPARE(ticket(1), ticketBefore);
    }

    void suggestionsComeFromTheWords()
    {
        const Reply reply = m_agent->call(methods::ticketSuggestPriority, {{u"subject"_s, u"Complete outage"_s},
                                                                           {u"description"_s, u"Nothing works"_s}});
        QVERIFY2(reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(reply.result[u"priority"_s].toString(), u"urgent"_s);
        QCOMPARE(reply.result[u"reasons"_s].toArray(), QJsonArray{u"outage"_s});
        const double confidence = reply.result[u"confidence"_s].toDouble();
        QVERIFY2(confidence > 0 && confidence <= 1, qPrintable(QString::number(confidence)));
    }

    void withoutTheFlagTheClockStays()
    {
        ServerProcess plain(m_smtp.serverArguments());
        QVERIFY(plain.createAdmin(kAdmin, kPassword));
        QVERIFY(plain.start());
        TestClient admin;
        QVERIFY(admin.connectTo(plain.endpoint()));
        QVERIFY(admin.login(kAdmin, kPassword).ok());
        const Reply refused = admin.call(methods::debugAdvanceClock, {{u"minutes"_s, 60}});
        QVERIFY2(!refused.ok(), qPrintable(toString(refused)));
        QCOMPARE(errorCodeName(refused.error->code), errorCodeName(ErrorCode::Forbidden));
        // Nothing moved: a new session still expires 30 days from the
        // real now, not an hour later.
        const Reply again = admin.login(kAdmin, kPassword);
        const QDateTime expires = QDateTime::fromString(again.result[u"expiresAt"_s].toString(), Qt::ISODate);
        const QDateTime expected = QDateTime::currentDateTimeUtc().addDays(30);
        QVERIFY2(qAbs(expires.secsTo(expected)) < 30 * 60, qPrintable(expires.toString(Qt::ISODate)));
    }
};

QTEST_GUILESS_MAIN(TicketSlaTest)
#include "tst_ticket_sla.moc"

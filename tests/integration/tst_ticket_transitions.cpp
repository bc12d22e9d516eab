// Every status change of the lifecycle, for every kind of caller, from every
// state, through the real server: allowed ones happen and are recorded,
// everything else is refused with a typed error and changes nothing. The
// expected table is written out here, independently of the shared rules
// (shared/domain/TicketLifecycle) the server enforces.
#include <ServerProcess.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {

const QString kPassword = u"correct horse battery"_s;
const QStringList kStatuses{u"open"_s,     u"agent_assigned"_s, u"in_progress"_s, u"waiting_on_customer"_s,
                            u"resolved"_s, u"closed"_s};

// Who may move a ticket from a state to another (PRODUCT.md, docs/protocol.md
// ticket.setStatus). "closed/unassigned" is a ticket closed while open.
QSet<QString> allowedFor(const QString &who)
{
    const QSet<QString> worker{u"agent_assigned>in_progress"_s,
                               u"in_progress>waiting_on_customer"_s,
                               u"waiting_on_customer>in_progress"_s,
                               u"agent_assigned>resolved"_s,
                               u"in_progress>resolved"_s,
                               u"waiting_on_customer>resolved"_s,
                               u"resolved>closed"_s,
                               u"resolved>in_progress"_s,
                               u"closed>in_progress"_s};
    if (who == u"admin")
        return worker + QSet<QString>{u"open>closed"_s};
    if (who == u"assignee")
        return worker;
    if (who == u"owner")
        return {u"resolved>closed"_s, u"open>closed"_s, u"resolved>in_progress"_s, u"closed>in_progress"_s};
    return {}; // another agent; another customer does not even see it
}

} // namespace

class TicketTransitionsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    QHash<QString, std::shared_ptr<TestClient>> m_clients; // admin, assignee, agent, owner, stranger
    qint64 m_assigneeId = 0;

    std::shared_ptr<TestClient> connected()
    {
        auto client = std::make_shared<TestClient>();
        return client->connectTo(m_server->endpoint()) ? client : nullptr;
    }

    std::shared_ptr<TestClient> customer(const QString &first, const QString &email)
    {
        auto client = connected();
        if (!client || !client->registerCustomer(first, u"Tester"_s, email, kPassword).ok()
            || !client->login(email, kPassword).ok())
            return nullptr;
        return client;
    }

    // A self-registered agent the admin approves (no mail relay needed).
    std::shared_ptr<TestClient> agent(const QString &first, const QString &email, qint64 *id)
    {
        auto client = connected();
        if (!client)
            return nullptr;
        const Reply registered = client->call(methods::authRegisterAgent, {{u"firstName"_s, first},
                                                                           {u"lastName"_s, u"Agent"_s},
                                                                           {u"email"_s, email},
                                                                           {u"password"_s, kPassword},
                                                                           {u"passwordConfirmation"_s, kPassword}});
        *id = registered.result[u"user"_s][u"id"_s].toInteger();
        if (!registered.ok() || !m_clients[u"admin"_s]->call(methods::userApprove, {{u"userId"_s, *id}}).ok()
            || !client->login(email, kPassword).ok())
            return nullptr;
        return client;
    }

    // A fresh ticket of the owner, brought into `state` by the admin.
    qint64 ticketIn(const QString &state)
    {
        TestClient &admin = *m_clients[u"admin"_s];
        const qint64 id = m_clients[u"owner"_s]
                              ->call(methods::ticketCreate,
                                     {{u"subject"_s, u"In state %1"_s.arg(state)}, {u"description"_s, u"Details."_s}})
                              .result[u"ticket"_s][u"id"_s]
                              .toInteger();
        auto step = [&](const QString &to) {
            return admin.call(methods::ticketSetStatus, {{u"ticketId"_s, id}, {u"status"_s, to}}).ok();
        };
        if (state == u"closed/unassigned")
            return step(u"closed"_s) ? id : 0;
        if (state == u"open")
            return id;
        if (!admin.call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_assigneeId}}).ok())
            return 0;
        QStringList path;
        if (state == u"in_progress")
            path = {u"in_progress"_s};
        else if (state == u"waiting_on_customer")
            path = {u"in_progress"_s, u"waiting_on_customer"_s};
        else if (state == u"resolved")
            path = {u"in_progress"_s, u"resolved"_s};
        else if (state == u"closed")
            path = {u"in_progress"_s, u"resolved"_s, u"closed"_s};
        for (const auto &to : std::as_const(path)) {
            if (!step(to))
                return 0;
        }
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(QStringList{u"--email-confirmation"_s, u"off"_s});
        QVERIFY(m_server->createAdmin(u"admin@example.com"_s, kPassword));
        QVERIFY(m_server->start());
        m_clients[u"admin"_s] = connected();
        QVERIFY(m_clients[u"admin"_s]->login(u"admin@example.com"_s, kPassword).ok());
        qint64 otherId = 0;
        m_clients[u"assignee"_s] = agent(u"Arun"_s, u"arun@example.com"_s, &m_assigneeId);
        m_clients[u"agent"_s] = agent(u"Bala"_s, u"bala@example.com"_s, &otherId);
        m_clients[u"owner"_s] = customer(u"Chitra"_s, u"chitra@example.com"_s);
        m_clients[u"stranger"_s] = customer(u"Devi"_s, u"devi@example.com"_s);
        for (const auto &client : std::as_const(m_clients))
            QVERIFY(client);
    }

    void everyTransitionForEveryCaller_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        for (const QString &who : {u"admin"_s, u"assignee"_s, u"agent"_s, u"owner"_s, u"stranger"_s}) {
            for (const QString &from : kStatuses + QStringList{u"closed/unassigned"_s}) {
                for (const QString &to : kStatuses) {
                    QTest::addRow("%s: %s > %s", qPrintable(who), qPrintable(from), qPrintable(to))
                        << who << from << to;
                }
            }
        }
    }

    void everyTransitionForEveryCaller()
    {
        QFETCH(QString, who);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const qint64 id = ticketIn(from);
        QVERIFY2(id > 0, "could not prepare the ticket");
        const QString fromStatus = from.section(u'/', 0, 0);
        TestClient &admin = *m_clients[u"admin"_s];
        TestClient &client = *m_clients[who];
        const QJsonObject before = admin.call(methods::ticketGet, {{u"ticketId"_s, id}}).result;
        QCOMPARE(before[u"ticket"_s][u"status"_s].toString(), fromStatus);

        // What the caller is offered is what they may do.
        const QString key = from == u"closed/unassigned" ? u"closed-unassigned"_s : fromStatus;
        QSet<QString> allowed;
        for (const QString &next : kStatuses) {
            // A reopen needs an assignee; the withdrawn ticket has none.
            if (allowedFor(who).contains(fromStatus + u'>' + next)
                && !(key == u"closed-unassigned" && next == u"in_progress"))
                allowed.insert(next);
        }
        const Reply opened = client.call(methods::ticketGet, {{u"ticketId"_s, id}});
        if (who == u"stranger") {
            QCOMPARE(errorCodeName(opened.error->code), errorCodeName(ErrorCode::NotFound));
        } else {
            QVERIFY2(opened.ok(), qPrintable(toString(opened)));
            QSet<QString> offered;
            for (const auto &status : opened.result[u"allowedStatuses"_s].toArray())
                offered.insert(status.toString());
            QCOMPARE(offered, allowed);
        }

        const Reply reply = client.call(methods::ticketSetStatus, {{u"ticketId"_s, id}, {u"status"_s, to}});
        const QJsonObject after = admin.call(methods::ticketGet, {{u"ticketId"_s, id}}).result;
        const QJsonArray history = after[u"history"_s].toArray();
        if (allowed.contains(to)) {
            QVERIFY2(reply.ok(), qPrintable(toString(reply)));
            QCOMPARE(after[u"ticket"_s][u"status"_s].toString(), to);
            const QJsonObject last = history.last().toObject();
            QCOMPARE(last[u"kind"_s].toString(), u"status"_s);
            QCOMPARE(last[u"from"_s].toString(), fromStatus);
            QCOMPARE(last[u"to"_s].toString(), to);
            QCOMPARE(history.size(), before[u"history"_s].toArray().size() + 1);
        } else {
            QVERIFY2(!reply.ok(), qPrintable(u"allowed: "_s + toString(reply)));
            QCOMPARE(errorCodeName(reply.error->code),
                     errorCodeName(who == u"stranger" ? ErrorCode::NotFound : ErrorCode::InvalidTransition));
            QCOMPARE(after, before); // nothing changed, not even the history
        }
    }
};

QTEST_GUILESS_MAIN(TicketTransitionsTest)
#include "tst_ticket_transitions.moc"

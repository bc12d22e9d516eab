// ccr-bench-seed makes a store the server itself could have written: a
// small seeded store (2,000 tickets, ~10,000 messages) passes the FTS5
// integrity-check and the consistency rules of the schema, and a real
// ccr-server lists, searches, opens and pages its conversations with counts
// that match the rows in the file.
#include <ServerProcess.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {

const QString kAdminEmail = u"seed-admin@example.com"_s;
const QString kConnection = u"seeded"_s;

} // namespace

class BenchSeedTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    QString m_adminPassword;
    QString m_userPassword;
    QByteArray m_seedOutput;

    QSqlDatabase store() { return QSqlDatabase::database(kConnection); }

    // The first column of the first row; -1 when the query fails.
    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(store());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning() << sql << query.lastError().text();
            return -1;
        }
        return query.value(0).toLongLong();
    }

    QString text(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(store());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    std::unique_ptr<TestClient> loggedIn(const QString &email, const QString &password)
    {
        auto client = std::make_unique<TestClient>();
        if (!client->connectTo(m_server->endpoint()) || !client->login(email, password).ok())
            return nullptr;
        return client;
    }

    // Who is asking: the admin, or the generated user with this id.
    std::unique_ptr<TestClient> clientFor(const QString &who, qint64 userId)
    {
        if (who == u"admin")
            return loggedIn(kAdminEmail, m_adminPassword);
        return loggedIn(text(u"SELECT email FROM users WHERE id = ?"_s, {userId}), m_userPassword);
    }

    // Every page of ticket.list; the ids in list order.
    QList<qint64> listAll(TestClient &client, QJsonObject params, QString *error)
    {
        QList<qint64> ids;
        params.insert(u"limit"_s, 200);
        for (int page = 0; page < 100; ++page) {
            const Reply reply = client.call(methods::ticketList, params);
            if (!reply.ok()) {
                *error = toString(reply);
                return ids;
            }
            for (const QJsonValue &ticket : reply.result[u"tickets"_s].toArray())
                ids << ticket[u"id"_s].toInteger();
            if (!reply.result.contains(u"nextCursor"_s))
                return ids;
            params.insert(u"cursor"_s, reply.result[u"nextCursor"_s]);
        }
        *error = u"more than 100 pages"_s;
        return ids;
    }

    // The ids of the given tickets' owner, assignee, etc. picked from the file.
    qint64 busiestAgent() { return scalar(u"SELECT assignee_id FROM tickets GROUP BY 1 ORDER BY COUNT(*) DESC"_s); }
    qint64 busiestCustomer() { return scalar(u"SELECT customer_id FROM tickets GROUP BY 1 ORDER BY COUNT(*) DESC"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        m_adminPassword = u"Admin-%1"_s.arg(QRandomGenerator::system()->generate64(), 0, 16);
        m_userPassword = u"Users-%1"_s.arg(QRandomGenerator::system()->generate64(), 0, 16);
        QVERIFY(m_server->createAdmin(kAdminEmail, m_adminPassword));

        QProcess seed;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CCR_BENCH_USER_PASSWORD"_s, m_userPassword);
        seed.setProcessEnvironment(environment);
        seed.setProcessChannelMode(QProcess::MergedChannels);
        seed.start(QStringLiteral(CCR_BENCH_SEED_BINARY),
                   {u"--data-dir"_s, m_server->dataDir(), u"--tickets"_s, u"2000"_s, u"--customers"_s, u"150"_s,
                    u"--agents"_s, u"8"_s, u"--messages-per-ticket"_s, u"5"_s, u"--batch"_s, u"700"_s});
        QVERIFY(seed.waitForFinished(180'000));
        m_seedOutput = seed.readAll();
        QVERIFY2(seed.exitStatus() == QProcess::NormalExit && seed.exitCode() == 0, m_seedOutput.constData());
        QVERIFY2(m_seedOutput.contains("integrity-check and foreign_key_check passed"), m_seedOutput.constData());
        QVERIFY2(!m_seedOutput.contains("password of every"), "the password was given, so it is not printed");

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, kConnection);
        db.setDatabaseName(m_server->dataDir() + u"/ccr.sqlite"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA busy_timeout=5000"_s));
        QVERIFY(m_server->start());
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(kConnection).close();
        QSqlDatabase::removeDatabase(kConnection);
    }

    void storeHasTheSizeAsked()
    {
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tickets"_s), 2000);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE role = 'customer'"_s), 150);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE role = 'agent'"_s), 8);
        // About five messages a ticket (chat both ways and notes).
        const qint64 messages = scalar(u"SELECT COUNT(*) FROM messages"_s);
        QVERIFY2(messages > 8'000 && messages < 12'000, qPrintable(QString::number(messages)));
        QVERIFY(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = 'note'"_s) > 0);
        QVERIFY(scalar(u"SELECT COUNT(DISTINCT author_id = (SELECT customer_id FROM tickets t WHERE t.id = "
                       "messages.ticket_id)) FROM messages WHERE kind = 'chat'"_s)
                == 2);
        QVERIFY2(m_seedOutput.contains("messages of which"), m_seedOutput.constData());
    }

    // Each row counts what breaks a rule; every count must be 0.
    void storeKeepsTheServersRules_data()
    {
        QTest::addColumn<QString>("violations");
        QTest::newRow("fts5 integrity-check of tickets_fts against tickets")
            << u"INSERT INTO tickets_fts (tickets_fts, rank) VALUES ('integrity-check', 1)"_s;
        QTest::newRow("fts5 integrity-check of messages_fts against messages")
            << u"INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)"_s;
        QTest::newRow("FTS triggers are back, word for word")
            << u"SELECT 3 - COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
               "('tickets_fts_insert', 'tickets_fts_update', 'messages_fts_insert')"_s;
        QTest::newRow("every ticket index is back")
            << u"SELECT 5 - COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN ('tickets_customer', "
               "'tickets_status', 'messages_ticket', 'ticket_history_ticket', 'tickets_created')"_s;
        QTest::newRow("journal mode is WAL again") << u"SELECT 'wal' <> (SELECT * FROM pragma_journal_mode)"_s;
        QTest::newRow("a ticket's history starts with its creation")
            << u"SELECT COUNT(*) FROM tickets t WHERE (SELECT kind FROM ticket_history h WHERE h.ticket_id = t.id "
               "ORDER BY h.id LIMIT 1) <> 'created'"_s;
        QTest::newRow("history rows in time order")
            << u"SELECT COUNT(*) FROM ticket_history a JOIN ticket_history b ON b.ticket_id = a.ticket_id "
               "AND b.id = (SELECT MIN(id) FROM ticket_history c WHERE c.ticket_id = a.ticket_id AND c.id > a.id) "
               "WHERE b.at < a.at"_s;
        QTest::newRow("the last status change is the ticket's status")
            << u"SELECT COUNT(*) FROM tickets t WHERE t.status <> COALESCE((SELECT to_value FROM ticket_history h "
               "WHERE h.ticket_id = t.id AND h.kind IN ('created', 'status') ORDER BY h.id DESC LIMIT 1), '')"_s;
        QTest::newRow("an assigned status has an assignee")
            << u"SELECT COUNT(*) FROM tickets WHERE (status = 'open') = (assignee_id IS NOT NULL)"_s;
        QTest::newRow("messages after the ticket was raised")
            << u"SELECT COUNT(*) FROM messages m JOIN tickets t ON t.id = m.ticket_id "
               "WHERE m.created_at < t.created_at"_s;
        QTest::newRow("messages in time order by id")
            << u"SELECT COUNT(*) FROM messages a JOIN messages b ON b.ticket_id = a.ticket_id AND b.id = "
               "(SELECT MIN(id) FROM messages c WHERE c.ticket_id = a.ticket_id AND c.id > a.id) "
               "WHERE b.created_at < a.created_at"_s;
        QTest::newRow("staff messages only by the assignee")
            << u"SELECT COUNT(*) FROM messages m JOIN tickets t ON t.id = m.ticket_id "
               "WHERE m.author_id NOT IN (t.customer_id, COALESCE(t.assignee_id, -1))"_s;
        QTest::newRow("notes only by staff") << u"SELECT COUNT(*) FROM messages m JOIN tickets t ON t.id = m.ticket_id "
                                                "WHERE m.kind = 'note' AND m.author_id = t.customer_id"_s;
        QTest::newRow("no message on a closed ticket after it was closed")
            << u"SELECT COUNT(*) FROM messages m JOIN tickets t ON t.id = m.ticket_id WHERE t.status = 'closed' "
               "AND m.created_at > (SELECT MAX(at) FROM ticket_history h WHERE h.ticket_id = t.id "
               "AND h.to_value = 'closed')"_s;
        QTest::newRow("first response stamp: the first staff chat or staff status change")
            << u"SELECT COUNT(*) FROM tickets t WHERE COALESCE(t.first_responded_at, -1) <> COALESCE((SELECT MIN(x) "
               "FROM (SELECT created_at AS x FROM messages m WHERE m.ticket_id = t.id AND m.kind = 'chat' "
               "AND m.author_id = t.assignee_id UNION ALL SELECT at FROM ticket_history h WHERE h.ticket_id = t.id "
               "AND h.kind = 'status' AND h.to_value = 'in_progress')), -1)"_s;
        QTest::newRow("resolved stamp for finished tickets only")
            << u"SELECT COUNT(*) FROM tickets WHERE (resolved_at IS NOT NULL) <> (status IN ('resolved', 'closed'))"_s;
        QTest::newRow("SLA deadlines from the stored targets")
            << u"SELECT COUNT(*) FROM tickets WHERE first_response_due IS NULL OR resolution_due IS NULL "
               "OR first_response_due > resolution_due OR first_response_due <= created_at"_s;
        QTest::newRow("one 'sla' history row per breach flag")
            << u"SELECT COUNT(*) FROM tickets t WHERE (t.sla_breached & 1) + (t.sla_breached & 2) / 2 <> "
               "(SELECT COUNT(*) FROM ticket_history h WHERE h.ticket_id = t.id AND h.kind = 'sla')"_s;
        // (the watcher flags what fell due since the seeding, which keeps these 0)
        QTest::newRow("no unflagged resolution target passed")
            << u"SELECT COUNT(*) FROM tickets WHERE resolved_at IS NULL AND (sla_breached & 2) = 0 "
               "AND resolution_due <= strftime('%s', 'now') * 1000 - 60000"_s;
        QTest::newRow("no unflagged first-response target passed")
            << u"SELECT COUNT(*) FROM tickets WHERE first_responded_at IS NULL AND (sla_breached & 1) = 0 "
               "AND first_response_due <= strftime('%s', 'now') * 1000 - 60000 AND status NOT IN ('resolved', 'closed')"_s;
        // Set with the deadlines, cleared by the watcher once it came while
        // the ticket still waited (the v8 warning rule, in SQL).
        QTest::newRow("warning moments of targets still waited for")
            << u"SELECT COUNT(*) FROM (SELECT resolution_warn_at AS warn, resolution_due - MIN(MAX((resolution_due "
               "- created_at) / 5, 300000), (resolution_due - created_at) / 2) AS moment FROM tickets WHERE "
               "resolved_at IS NULL UNION ALL SELECT first_response_warn_at, first_response_due - MIN(MAX(("
               "first_response_due - created_at) / 5, 300000), (first_response_due - created_at) / 2) FROM tickets "
               "WHERE first_responded_at IS NULL) WHERE warn IS NOT (CASE WHEN moment > strftime('%s', 'now') * "
               "1000 THEN moment END)"_s;
        QTest::newRow("ratings on finished, assigned tickets by their customer")
            << u"SELECT COUNT(*) FROM ratings r JOIN tickets t ON t.id = r.ticket_id WHERE r.customer_id <> "
               "t.customer_id OR r.agent_id <> t.assignee_id OR t.resolved_at IS NULL OR r.created_at < "
               "t.resolved_at"_s;
        QTest::newRow("agent_rating_stats are the ratings' totals")
            << u"SELECT (SELECT COUNT(*) FROM (SELECT agent_id, COUNT(*), SUM(score) FROM ratings GROUP BY 1 "
               "EXCEPT SELECT agent_id, ratings, score_total FROM agent_rating_stats)) + (SELECT COUNT(*) FROM "
               "agent_rating_stats) - (SELECT COUNT(DISTINCT agent_id) FROM ratings)"_s;
        QTest::newRow("read markers point at messages of the ticket")
            << u"SELECT COUNT(*) FROM ticket_reads r LEFT JOIN messages m ON m.id = r.last_read_message_id "
               "WHERE m.ticket_id IS NOT r.ticket_id"_s;
        QTest::newRow("sort keys kept by the v7 triggers")
            << u"SELECT COUNT(*) FROM tickets t JOIN users c ON c.id = t.customer_id "
               "WHERE t.customer_sort <> c.first_name || ' ' || c.last_name"_s;
    }

    void storeKeepsTheServersRules()
    {
        QFETCH(QString, violations);
        QSqlQuery query(store());
        QVERIFY2(query.exec(violations), qPrintable(violations + u" — "_s + query.lastError().text()));
        if (query.next())
            QCOMPARE(query.value(0).toLongLong(), 0);
    }

    // The server's lists hold exactly the rows the file holds.
    void listsMatchTheStore_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("expected"); // SQL; ? is the user's id

        QTest::newRow("admin, every ticket") << u"admin"_s << QJsonObject{} << u"SELECT COUNT(*) FROM tickets"_s;
        QTest::newRow("admin, waiting on customer")
            << u"admin"_s << QJsonObject{{u"status"_s, QJsonArray{u"waiting_on_customer"_s}}}
            << u"SELECT COUNT(*) FROM tickets WHERE status = 'waiting_on_customer'"_s;
        QTest::newRow("admin, urgent and high, by subject")
            << u"admin"_s
            << QJsonObject{{u"priority"_s, QJsonArray{u"urgent"_s, u"high"_s}},
                           {u"sort"_s, QJsonObject{{u"column"_s, u"subject"_s}, {u"descending"_s, false}}}}
            << u"SELECT COUNT(*) FROM tickets WHERE priority IN ('urgent', 'high')"_s;
        QTest::newRow("admin, unassigned") << u"admin"_s << QJsonObject{{u"assigneeId"_s, 0}}
                                           << u"SELECT COUNT(*) FROM tickets WHERE assignee_id IS NULL"_s;
        QTest::newRow("agent, own queue")
            << u"agent"_s << QJsonObject{{u"mine"_s, true}} << u"SELECT COUNT(*) FROM tickets WHERE assignee_id = ?"_s;
        QTest::newRow("customer, own tickets")
            << u"customer"_s << QJsonObject{} << u"SELECT COUNT(*) FROM tickets WHERE customer_id = ?"_s;
    }

    void listsMatchTheStore()
    {
        QFETCH(QString, who);
        QFETCH(QJsonObject, params);
        QFETCH(QString, expected);
        const qint64 userId = who == u"agent" ? busiestAgent() : who == u"customer" ? busiestCustomer() : 0;
        auto client = clientFor(who, userId);
        QVERIFY2(client, qPrintable(who));
        QString error;
        const QList<qint64> ids = listAll(*client, params, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(qint64(ids.size()), scalar(expected, userId > 0 ? QVariantList{userId} : QVariantList{}));
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size()); // no row twice across pages
    }

    // Words that occur in one place of the store are found there: a
    // description, a chat line (staff and the customer), a note (staff only).
    void searchFindsSeededText_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("source"); // SQL: ticket ids and texts holding an invoice number or error code
        QTest::addColumn<bool>("found");

        const QString description = u"SELECT id, description FROM tickets WHERE description LIKE '%INV-%' "
                                    "ORDER BY id LIMIT 50"_s;
        const QString chat = u"SELECT ticket_id, body FROM messages WHERE kind = 'chat' AND body LIKE '%INV-%' "
                             "ORDER BY id LIMIT 50"_s;
        const QString note = u"SELECT ticket_id, body FROM messages WHERE kind = 'note' AND body LIKE '%error E%' "
                             "ORDER BY id LIMIT 50"_s;
        QTest::newRow("admin, a description") << u"admin"_s << description << true;
        QTest::newRow("admin, a chat line") << u"admin"_s << chat << true;
        QTest::newRow("customer, a chat line of their ticket") << u"customer"_s << chat << true;
        QTest::newRow("admin, an internal note") << u"admin"_s << note << true;
        QTest::newRow("customer, an internal note of their ticket") << u"customer"_s << note << false;
    }

    void searchFindsSeededText()
    {
        QFETCH(QString, who);
        QFETCH(QString, source);
        QFETCH(bool, found);
        // The first candidate whose word the caller can find nowhere else
        // on that ticket (for a note: not in what the customer sees).
        static const QRegularExpression token(uR"((INV-\d+|E\d{3,4}))"_s);
        QSqlQuery query(store());
        QVERIFY2(query.exec(source), qPrintable(source));
        qint64 ticketId = 0;
        QString word;
        while (word.isEmpty() && query.next()) {
            const QString candidate = token.match(query.value(1).toString()).captured(1);
            const qint64 id = query.value(0).toLongLong();
            const qint64 elsewhere =
                scalar(u"SELECT (SELECT COUNT(*) FROM tickets WHERE id = ? AND (instr(subject, ?) OR "
                       "instr(description, ?))) + (SELECT COUNT(*) FROM messages WHERE ticket_id = ? AND kind = 'chat' "
                       "AND instr(body, ?))"_s,
                       {id, candidate, candidate, id, candidate});
            if (!candidate.isEmpty() && (found || elsewhere == 0)) {
                ticketId = id;
                word = candidate;
            }
        }
        QVERIFY2(!word.isEmpty(), qPrintable(source));
        // The customer who owns that ticket, for the customer rows.
        const qint64 owner = scalar(u"SELECT customer_id FROM tickets WHERE id = ?"_s, {ticketId});
        auto client = clientFor(who, owner);
        QVERIFY(client);
        QString error;
        const QList<qint64> ids = listAll(*client, {{u"search"_s, word}}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(ids.contains(ticketId) == found,
                 qPrintable(u"search '%1' for ticket %2 gave %3 tickets"_s.arg(word).arg(ticketId).arg(ids.size())));
    }

    // ticket.get and message.list of the busiest tickets: the history and
    // the conversation the file holds, notes only for staff.
    void openAndConversationMatchTheStore_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("pick");     // SQL: a ticket id
        QTest::addColumn<QString>("messages"); // SQL: the messages this caller sees; ? is the ticket

        const QString mostMessages = u"SELECT ticket_id FROM messages GROUP BY 1 ORDER BY COUNT(*) DESC"_s;
        const QString rated = u"SELECT ticket_id FROM ratings ORDER BY ticket_id DESC"_s;
        const QString breached =
            u"SELECT id FROM tickets WHERE sla_breached = 3 AND assignee_id IS NOT NULL ORDER BY id DESC"_s;
        QTest::newRow("admin, most messages")
            << u"admin"_s << mostMessages << u"SELECT COUNT(*) FROM messages WHERE ticket_id = ?"_s;
        QTest::newRow("customer, most messages")
            << u"customer"_s << mostMessages
            << u"SELECT COUNT(*) FROM messages WHERE ticket_id = ? AND kind = 'chat'"_s;
        QTest::newRow("admin, a rated ticket")
            << u"admin"_s << rated << u"SELECT COUNT(*) FROM messages WHERE ticket_id = ?"_s;
        QTest::newRow("agent, a breached ticket")
            << u"agent"_s << breached << u"SELECT COUNT(*) FROM messages WHERE ticket_id = ?"_s;
    }

    void openAndConversationMatchTheStore()
    {
        QFETCH(QString, who);
        QFETCH(QString, pick);
        QFETCH(QString, messages);
        const qint64 ticketId = scalar(pick);
        QVERIFY2(ticketId > 0, qPrintable(pick));
        const qint64 userId = who == u"customer" ? scalar(u"SELECT customer_id FROM tickets WHERE id = ?"_s, {ticketId})
                              : who == u"agent"  ? scalar(u"SELECT assignee_id FROM tickets WHERE id = ?"_s, {ticketId})
                                                 : 0;
        auto client = clientFor(who, userId);
        QVERIFY(client);

        const Reply opened = client->call(methods::ticketGet, {{u"ticketId"_s, ticketId}});
        QVERIFY2(opened.ok(), qPrintable(toString(opened)));
        const QJsonObject ticket = opened.result[u"ticket"_s].toObject();
        QCOMPARE(ticket[u"status"_s].toString(), text(u"SELECT status FROM tickets WHERE id = ?"_s, {ticketId}));
        QCOMPARE(opened.result[u"history"_s].toArray().size(),
                 scalar(u"SELECT COUNT(*) FROM ticket_history WHERE ticket_id = ?"_s, {ticketId}));
        QCOMPARE(opened.result.contains(u"rating"_s),
                 scalar(u"SELECT COUNT(*) FROM ratings WHERE ticket_id = ?"_s, {ticketId}) == 1);

        // Every page of the conversation, newest first.
        qint64 seen = 0;
        qint64 previous = std::numeric_limits<qint64>::max();
        QJsonObject params{{u"ticketId"_s, ticketId}, {u"limit"_s, 3}};
        for (int page = 0; page < 100; ++page) {
            const Reply reply = client->call(methods::messageList, params);
            QVERIFY2(reply.ok(), qPrintable(toString(reply)));
            for (const QJsonValue &message : reply.result[u"messages"_s].toArray()) {
                QVERIFY(message[u"id"_s].toInteger() < previous);
                previous = message[u"id"_s].toInteger();
                ++seen;
            }
            if (!reply.result[u"hasMore"_s].toBool())
                break;
            params.insert(u"beforeId"_s, previous);
        }
        QCOMPARE(seen, scalar(messages, {ticketId}));
    }
};

QTEST_GUILESS_MAIN(BenchSeedTest)
#include "tst_bench_seed.moc"

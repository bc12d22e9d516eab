// ticket.list's sorting and keyset paging straight on the store
// (server/store/TicketSearch): every sort column, both directions, with and
// without filters, walked page by page, must give each ticket once in the
// order a person expects from the names they see — also after a customer,
// an agent and a category were renamed (schema v7 keeps copies of those
// names as sort keys). And no sort may make SQLite sort the whole table:
// that is what kept a million-ticket list waiting for seconds.
#include <store/Migrations.h>
#include <store/Sql.h>
#include <store/TicketSearch.h>

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ccr::server;

namespace {

// What the list shows for one ticket, read with live joins (never the
// stored sort keys), so a stale key shows up as a wrong order.
struct Shown
{
    qint64 id;
    QString subject;
    int status;
    int priority;
    QString customer;
    QString assignee;
    QString category;
    qint64 created;
    qint64 updated;
    qint64 due;
    QString statusName;
    QString priorityName;
    qint64 customerId;
    qint64 assigneeId;
    qint64 categoryId;
};

const QStringList kStatuses = {u"open"_s,     u"agent_assigned"_s, u"in_progress"_s, u"waiting_on_customer"_s,
                               u"resolved"_s, u"closed"_s};
const QStringList kPriorities = {u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s};

// SQLite's NOCASE folds ASCII letters only.
int compareNoCase(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        auto fold = [](QChar c) { return c.unicode() < 128 ? c.toLower().unicode() : c.unicode(); };
        const auto x = fold(a.at(i));
        const auto y = fold(b.at(i));
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

int compareBy(TicketSortColumn column, const Shown &a, const Shown &b)
{
    auto number = [](qint64 x, qint64 y) { return x == y ? 0 : (x < y ? -1 : 1); };
    switch (column) {
    case TicketSortColumn::Id: return 0;
    case TicketSortColumn::Subject: return compareNoCase(a.subject, b.subject);
    case TicketSortColumn::Status: return number(a.status, b.status);
    case TicketSortColumn::Priority: return number(a.priority, b.priority);
    case TicketSortColumn::Customer: return compareNoCase(a.customer, b.customer);
    case TicketSortColumn::Assignee: return compareNoCase(a.assignee, b.assignee);
    case TicketSortColumn::Category: return compareNoCase(a.category, b.category);
    case TicketSortColumn::Created: return number(a.created, b.created);
    case TicketSortColumn::Updated: return number(a.updated, b.updated);
    case TicketSortColumn::ResolutionDue: return number(a.due, b.due);
    }
    return 0;
}

// Captures the plan lines TicketSearch logs at debug level.
QStringList *g_planLines = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void capturePlan(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_planLines && qstrcmp(context.category, "ccr.server.store.plan") == 0) {
        g_planLines->append(message);
        return;
    }
    g_previousHandler(type, context, message);
}

enum class FilterSet
{
    None,
    StatusesAndPriorities,
    Category,
    OneCustomer,
    OneAgent,
    Unassigned,
    CreatedRange,
};

} // namespace

class TicketSortTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sort"_s);
        m_db.setDatabaseName(m_dir.filePath(u"sort.sqlite"_s));
        QVERIFY(m_db.open());
        QCOMPARE(applyMigrations(m_db), QString());
        QVERIFY(exec(m_db, u"BEGIN"_s));
        QRandomGenerator random(20261125);
        // Names that differ only in case, share prefixes, and use non-ASCII
        // letters, so collation and ties are exercised.
        const QStringList first = {u"anna"_s, u"Anna"_s,  u"Bob"_s,  u"bob"_s,
                                   u"Zoë"_s,  u"Émile"_s, u"அருண்"_s, u"Ravi"_s};
        const QStringList last = {u"Smith"_s, u"smith"_s, u"Ng"_s, u"O'Neil"_s, u"शर्मा"_s};
        for (int i = 0; i < 40; ++i) {
            const QString role = i < 30 ? u"customer"_s : u"agent"_s;
            QSqlQuery user = prepare(m_db, u"INSERT INTO users (role, email, first_name, last_name, password_hash, "
                                           "created_at) VALUES (?, ?, ?, ?, 'x', 0)"_s);
            user.addBindValue(role);
            user.addBindValue(u"user%1@example.test"_s.arg(i));
            user.addBindValue(first.at(i % first.size()));
            user.addBindValue(last.at((i / first.size()) % last.size()));
            QVERIFY(exec(user));
        }
        QVERIFY(exec(m_db, u"INSERT INTO categories (name) VALUES ('billing extra'), ('Zulu'), ('ärger')"_s));
        const QStringList subjects = {u"Router down"_s, u"router down"_s, u"Invoice wrong"_s, u"a"_s,
                                      u"Zebra"_s,       u"ünïcode"_s,     u"இணையம்"_s,         u"Refund"_s};
        for (int i = 0; i < 400; ++i) {
            QSqlQuery ticket = prepare(m_db, u"INSERT INTO tickets (customer_id, assignee_id, subject, description, "
                                             "status, created_at, updated_at, category_id, priority, resolution_due) "
                                             "VALUES (?, ?, ?, 'text', ?, ?, ?, ?, ?, ?)"_s);
            ticket.addBindValue(1 + random.bounded(30));
            ticket.addBindValue(random.bounded(4) == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                                       : QVariant(31 + random.bounded(10)));
            ticket.addBindValue(subjects.at(random.bounded(subjects.size())));
            ticket.addBindValue(kStatuses.at(random.bounded(kStatuses.size())));
            const qint64 created = 1'000'000 + random.bounded(5000); // ties on purpose
            ticket.addBindValue(created);
            ticket.addBindValue(created + random.bounded(100));
            ticket.addBindValue(random.bounded(5) == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                                       : QVariant(1 + random.bounded(7)));
            ticket.addBindValue(kPriorities.at(random.bounded(kPriorities.size())));
            ticket.addBindValue(random.bounded(3) == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                                       : QVariant(created + random.bounded(1000)));
            QVERIFY(exec(ticket));
        }
        // Renames after the tickets exist: the copies must follow.
        QVERIFY(exec(m_db, u"UPDATE users SET first_name = 'Aaron', last_name = 'aardvark' WHERE id = 7"_s));
        QVERIFY(exec(m_db, u"UPDATE users SET last_name = 'Zz-agent' WHERE id = 33"_s));
        QVERIFY(exec(m_db, u"UPDATE categories SET name = 'AAA first' WHERE id = 2"_s));
        // Reassignments and category changes after creation.
        QVERIFY(exec(m_db, u"UPDATE tickets SET assignee_id = 35 WHERE id % 9 = 0"_s));
        QVERIFY(exec(m_db, u"UPDATE tickets SET category_id = 3 WHERE id % 11 = 0"_s));
        // Conversations: "refund" in chat on some tickets (up to 30 times
        // on one, more than a read of hits holds), only in notes on others.
        for (int ticket = 1; ticket <= 400; ++ticket) {
            const int chats = ticket % 3 == 0 ? 1 + random.bounded(ticket % 27 == 0 ? 30 : 3) : 0;
            const int notes = ticket % 7 == 0 ? 1 : 0;
            for (int i = 0; i < chats + notes + 2; ++i) {
                const bool note = i >= chats && i < chats + notes;
                const bool match = i < chats + notes;
                QSqlQuery message = prepare(m_db, u"INSERT INTO messages (ticket_id, author_id, kind, body, "
                                                  "created_at) VALUES (?, 31, ?, ?, 0)"_s);
                message.addBindValue(ticket);
                message.addBindValue(note ? u"note"_s : u"chat"_s);
                message.addBindValue(match ? u"about the REFUND of order %1"_s.arg(i) : u"thanks, bye"_s);
                QVERIFY(exec(message));
                if (match && !note)
                    m_chatHits.insert(ticket);
                if (match && note)
                    m_noteHits.insert(ticket);
            }
        }
        QVERIFY(exec(m_db, u"COMMIT"_s));
        QVERIFY(loadShown());
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"sort"_s);
    }

    void pagesFollowTheShownOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("filter");
        const QList<QPair<const char *, FilterSet>> filters = {
            {"no filter", FilterSet::None},
            {"statuses+priorities", FilterSet::StatusesAndPriorities},
            {"category", FilterSet::Category},
            {"one customer", FilterSet::OneCustomer},
            {"one agent", FilterSet::OneAgent},
            {"unassigned", FilterSet::Unassigned},
            {"created range", FilterSet::CreatedRange},
        };
        for (int c = int(TicketSortColumn::Id); c <= int(TicketSortColumn::ResolutionDue); ++c) {
            for (const bool descending : {false, true}) {
                for (const auto &[name, filter] : filters) {
                    QTest::addRow("%s %s, %s", qPrintable(sortColumnName(TicketSortColumn(c))),
                                  descending ? "desc" : "asc", name)
                        << c << descending << int(filter);
                }
            }
        }
    }

    void pagesFollowTheShownOrder()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(int, filter);
        TicketListQuery query = queryFor(FilterSet(filter));
        query.sort = TicketSortColumn(column);
        query.descending = descending;
        query.limit = 7;

        QList<Shown> matching;
        for (const Shown &ticket : std::as_const(m_shown)) {
            if (matches(query, ticket))
                matching.append(ticket);
        }
        const QList<qint64> expected = inListOrder(matching, query);
        QVERIFY2(expected.size() > 3, "the filter should match several tickets");
        QCOMPARE(walkPages(query), expected);
    }

    void searchPagesFollowTheShownOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("notes");
        QTest::addColumn<qint64>("customer");
        for (const auto column : {TicketSortColumn::Id, TicketSortColumn::Updated, TicketSortColumn::Subject}) {
            for (const bool descending : {true, false}) {
                const QString name = sortColumnName(column) + (descending ? u" desc"_s : u" asc"_s);
                QTest::addRow("%s, staff with notes", qPrintable(name)) << int(column) << descending << true << 0ll;
                QTest::addRow("%s, chat only", qPrintable(name)) << int(column) << descending << false << 0ll;
                QTest::addRow("%s, one customer", qPrintable(name)) << int(column) << descending << false << 9ll;
            }
        }
    }

    // Search over subjects and messages, newest ticket first (read off both
    // FTS indexes in ticket order) or sorted otherwise: every page in order,
    // each matching ticket once, notes only when asked for.
    void searchPagesFollowTheShownOrder()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(bool, notes);
        QFETCH(qint64, customer);
        TicketListQuery query;
        query.sort = TicketSortColumn(column);
        query.descending = descending;
        query.ftsExpression = u"\"refund\"*"_s;
        query.searchNotes = notes;
        query.customerId = customer;
        query.limit = 5;

        QList<Shown> matching;
        for (const Shown &ticket : std::as_const(m_shown)) {
            const bool text = ticket.subject.contains(u"refund"_s, Qt::CaseInsensitive);
            const bool chat = m_chatHits.contains(ticket.id);
            const bool note = notes && m_noteHits.contains(ticket.id);
            if ((text || chat || note) && (customer == 0 || ticket.customerId == customer))
                matching.append(ticket);
        }
        const QList<qint64> expected = inListOrder(matching, query);
        QVERIFY2(expected.size() > 2, "the search should match several tickets");
        QCOMPARE(walkPages(query), expected);
    }

    void noSortReadsTheWholeTable_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("filter");
        QTest::addColumn<bool>("secondPage");
        for (int c = int(TicketSortColumn::Id); c <= int(TicketSortColumn::ResolutionDue); ++c) {
            const QString name = sortColumnName(TicketSortColumn(c));
            for (const bool second : {false, true}) {
                const char *page = second ? "second page" : "first page";
                QTest::addRow("%s, no filter, %s", qPrintable(name), page) << c << int(FilterSet::None) << second;
                QTest::addRow("%s, statuses+priorities, %s", qPrintable(name), page)
                    << c << int(FilterSet::StatusesAndPriorities) << second;
                QTest::addRow("%s, category, %s", qPrintable(name), page) << c << int(FilterSet::Category) << second;
            }
        }
    }

    // With no filter narrow enough to drive, the page must be read in the
    // sort column's index order: a "TEMP B-TREE FOR ORDER BY" here means
    // every matching ticket is read and sorted first.
    void noSortReadsTheWholeTable()
    {
        QFETCH(int, column);
        QFETCH(int, filter);
        QFETCH(bool, secondPage);
        TicketListQuery query = queryFor(FilterSet(filter));
        query.sort = TicketSortColumn(column);
        query.limit = 5;
        if (secondPage) {
            const auto first = listTickets(m_db, query);
            QVERIFY(first && first->next);
            query.after = first->next;
        }
        QStringList plan;
        QLoggingCategory::setFilterRules(u"ccr.server.store.plan.debug=true"_s);
        g_planLines = &plan;
        g_previousHandler = qInstallMessageHandler(capturePlan);
        const auto page = listTickets(m_db, query);
        qInstallMessageHandler(g_previousHandler);
        g_planLines = nullptr;
        QLoggingCategory::setFilterRules(u"ccr.server.store.plan.debug=false"_s);
        QVERIFY(page);
        QVERIFY2(!plan.isEmpty(), "the plan was not logged");
        const QString joined = plan.join(u"\n"_s);
        QVERIFY2(!joined.contains(u"TEMP B-TREE FOR ORDER BY"_s), qPrintable(u"whole-table sort:\n"_s + joined));
        QVERIFY2(joined.contains(u"USING INDEX"_s) || joined.contains(u"USING INTEGER PRIMARY KEY"_s)
                     || query.sort == TicketSortColumn::Id,
                 qPrintable(joined));
    }

private:
    // The ids of `tickets` in the order the list must show them.
    static QList<qint64> inListOrder(QList<Shown> tickets, const TicketListQuery &query)
    {
        std::sort(tickets.begin(), tickets.end(), [&](const Shown &a, const Shown &b) {
            int order = compareBy(query.sort, a, b);
            if (order == 0)
                order = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
            return query.descending ? order > 0 : order < 0;
        });
        QList<qint64> ids;
        for (const Shown &ticket : std::as_const(tickets))
            ids.append(ticket.id);
        return ids;
    }

    // Every page from the first, following the cursor: the ids listed.
    QList<qint64> walkPages(TicketListQuery query)
    {
        QList<qint64> listed;
        for (int pages = 0; pages < 200; ++pages) {
            const auto page = listTickets(m_db, query);
            if (!page)
                return {-1}; // a failed query: never equal to an expected list
            for (const auto &ticket : page->tickets)
                listed.append(ticket.id);
            if (!page->next)
                break;
            query.after = page->next;
        }
        return listed;
    }

    TicketListQuery queryFor(FilterSet filter) const
    {
        TicketListQuery query;
        switch (filter) {
        case FilterSet::None: break;
        case FilterSet::StatusesAndPriorities:
            query.statuses = {u"open"_s, u"in_progress"_s, u"resolved"_s};
            query.priorities = {u"high"_s, u"urgent"_s, u"low"_s};
            break;
        case FilterSet::Category: query.categoryId = 3; break;
        case FilterSet::OneCustomer: query.customerId = 7; break;
        case FilterSet::OneAgent: query.assigneeId = 35; break;
        case FilterSet::Unassigned: query.assigneeId = 0; break;
        case FilterSet::CreatedRange:
            query.createdFromMs = 1'001'000;
            query.createdToMs = 1'003'000;
            break;
        }
        return query;
    }

    static bool matches(const TicketListQuery &query, const Shown &ticket)
    {
        if (query.customerId > 0 && ticket.customerId != query.customerId)
            return false;
        if (!query.statuses.isEmpty() && !query.statuses.contains(ticket.statusName))
            return false;
        if (!query.priorities.isEmpty() && !query.priorities.contains(ticket.priorityName))
            return false;
        if (query.assigneeId && ticket.assigneeId != *query.assigneeId)
            return false;
        if (query.categoryId > 0 && ticket.categoryId != query.categoryId)
            return false;
        if (query.createdFromMs && ticket.created < *query.createdFromMs)
            return false;
        if (query.createdToMs && ticket.created >= *query.createdToMs)
            return false;
        return true;
    }

    bool loadShown()
    {
        QSqlQuery query =
            prepare(m_db, u"SELECT t.id, t.subject, t.status, t.priority, c.first_name || ' ' || c.last_name, "
                          "COALESCE(a.first_name || ' ' || a.last_name, ''), COALESCE(g.name, ''), t.created_at, "
                          "t.updated_at, COALESCE(t.resolution_due, 9007199254740991), t.customer_id, "
                          "COALESCE(t.assignee_id, 0), COALESCE(t.category_id, 0) FROM tickets t "
                          "JOIN users c ON c.id = t.customer_id LEFT JOIN users a ON a.id = t.assignee_id "
                          "LEFT JOIN categories g ON g.id = t.category_id"_s);
        if (!exec(query))
            return false;
        while (query.next()) {
            Shown ticket;
            ticket.id = query.value(0).toLongLong();
            ticket.subject = query.value(1).toString();
            ticket.statusName = query.value(2).toString();
            ticket.status = int(kStatuses.indexOf(ticket.statusName));
            ticket.priorityName = query.value(3).toString();
            ticket.priority = int(kPriorities.indexOf(ticket.priorityName));
            ticket.customer = query.value(4).toString();
            ticket.assignee = query.value(5).toString();
            ticket.category = query.value(6).toString();
            ticket.created = query.value(7).toLongLong();
            ticket.updated = query.value(8).toLongLong();
            ticket.due = query.value(9).toLongLong();
            ticket.customerId = query.value(10).toLongLong();
            ticket.assigneeId = query.value(11).toLongLong();
            ticket.categoryId = query.value(12).toLongLong();
            m_shown.append(ticket);
        }
        return m_shown.size() == 400;
    }

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    QList<Shown> m_shown;
    QSet<qint64> m_chatHits; // tickets with "refund" in a chat message
    QSet<qint64> m_noteHits; // ... in an internal note
};

QTEST_GUILESS_MAIN(TicketSortTest)
#include "tst_ticket_sort.moc"

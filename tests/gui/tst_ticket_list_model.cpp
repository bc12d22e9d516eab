// TicketListModel alone: ordering, upsert by id under filters and sort
// orders, paging bounds, the SLA countdown, and what each column shows.
#include <models/TicketListModel.h>
#include <models/TicketQuery.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ccr::client::TicketListModel;
using ccr::client::TicketQuery;
using ccr::domain::TicketPriority;
using ccr::domain::TicketStatus;
using ccr::domain::TicketSummary;

namespace {

TicketSummary ticket(qint64 id, const QString &subject, const QDateTime &createdAt)
{
    TicketSummary summary;
    summary.id = id;
    summary.subject = subject;
    summary.customerId = 7;
    summary.customerName = u"Priya Raman"_s;
    summary.createdAt = createdAt;
    summary.updatedAt = createdAt;
    return summary;
}

const QDateTime kMonday = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

QList<qint64> idsInOrder(const TicketListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(TicketListModel::TicketIdRole).toLongLong());
    return ids;
}

} // namespace

class TicketListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setTicketsSortsNewestFirst()
    {
        TicketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickets({ticket(1, u"a"_s, kMonday), ticket(3, u"c"_s, kMonday.addSecs(60)),
                          ticket(2, u"b"_s, kMonday.addSecs(60))});
        // Same minute: the higher id was raised later.
        QCOMPARE(idsInOrder(model), (QList<qint64>{3, 2, 1}));
    }

    void upsertInsertsNewTicketInDateOrder()
    {
        TicketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickets({ticket(1, u"a"_s, kMonday), ticket(3, u"c"_s, kMonday.addDays(2))});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        model.upsert(ticket(2, u"b"_s, kMonday.addDays(1)));
        QCOMPARE(idsInOrder(model), (QList<qint64>{3, 2, 1}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);

        model.upsert(ticket(4, u"d"_s, kMonday.addDays(3)));
        QCOMPARE(idsInOrder(model), (QList<qint64>{4, 3, 2, 1}));
    }

    void upsertReplacesTicketWithSameId()
    {
        TicketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickets({ticket(1, u"a"_s, kMonday), ticket(2, u"b"_s, kMonday.addDays(1))});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        TicketSummary updated = ticket(1, u"a, reworded"_s, kMonday);
        updated.status = TicketStatus::InProgress;
        model.upsert(updated);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, TicketListModel::SubjectColumn).data().toString(), u"a, reworded"_s);
        QCOMPARE(model.index(1, TicketListModel::StatusColumn).data().toString(), u"In progress"_s);

        // The same event twice (e.g. reply and push) leaves one row.
        model.upsert(updated);
        QCOMPARE(model.rowCount(), 2);
    }

    void columnsShowHumanText()
    {
        TicketListModel model;
        TicketSummary raised = ticket(42, u"Router keeps rebooting"_s, kMonday);
        model.setTickets({raised});

        QCOMPARE(model.columnCount(), int(TicketListModel::ColumnCount));
        QCOMPARE(model.headerData(TicketListModel::IdColumn, Qt::Horizontal).toString(), u"#"_s);
        QCOMPARE(model.headerData(TicketListModel::SubjectColumn, Qt::Horizontal).toString(), u"Subject"_s);
        QCOMPARE(model.headerData(TicketListModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
        QCOMPARE(model.headerData(TicketListModel::CustomerColumn, Qt::Horizontal).toString(), u"Customer"_s);
        QCOMPARE(model.headerData(TicketListModel::AgentColumn, Qt::Horizontal).toString(), u"Agent"_s);
        QCOMPARE(model.headerData(TicketListModel::PriorityColumn, Qt::Horizontal).toString(), u"Priority"_s);
        QCOMPARE(model.headerData(TicketListModel::CategoryColumn, Qt::Horizontal).toString(), u"Category"_s);
        QCOMPARE(model.headerData(TicketListModel::UpdatedColumn, Qt::Horizontal).toString(), u"Updated"_s);
        QCOMPARE(model.headerData(TicketListModel::SlaColumn, Qt::Horizontal).toString(), u"SLA"_s);

        QCOMPARE(model.index(0, TicketListModel::IdColumn).data().toLongLong(), 42);
        QCOMPARE(model.index(0, TicketListModel::SubjectColumn).data().toString(), u"Router keeps rebooting"_s);
        QCOMPARE(model.index(0, TicketListModel::StatusColumn).data().toString(), u"Open"_s);
        QCOMPARE(model.index(0, TicketListModel::CustomerColumn).data().toString(), u"Priya Raman"_s);
        QCOMPARE(model.index(0, TicketListModel::AgentColumn).data().toString(), u"Unassigned"_s);
        QCOMPARE(model.index(0, TicketListModel::UpdatedColumn).data().toString(),
                 QLocale().toString(kMonday.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.index(0, TicketListModel::PriorityColumn).data().toString(), u"Normal"_s);
        QCOMPARE(model.index(0, TicketListModel::SlaColumn).data().toString(), u"—"_s);

        raised.assigneeId = 3;
        raised.assigneeName = u"Arun Agent"_s;
        model.upsert(raised);
        QCOMPARE(model.index(0, TicketListModel::AgentColumn).data().toString(), u"Arun Agent"_s);
    }

    void everyStatusHasText()
    {
        for (auto status : {TicketStatus::Open, TicketStatus::AgentAssigned, TicketStatus::InProgress,
                            TicketStatus::WaitingOnCustomer, TicketStatus::Resolved, TicketStatus::Closed})
            QVERIFY(!TicketListModel::statusText(status).isEmpty());
        QCOMPARE(TicketListModel::statusText(TicketStatus::WaitingOnCustomer), u"Waiting on customer"_s);
    }

    void upsertFollowsTheFilters_data()
    {
        QTest::addColumn<TicketQuery>("query");
        QTest::addColumn<TicketSummary>("change");
        QTest::addColumn<QList<qint64>>("expected");

        TicketQuery open;
        open.statuses = {TicketStatus::Open};
        TicketSummary resolved = ticket(2, u"b"_s, kMonday.addDays(1));
        resolved.status = TicketStatus::Resolved;
        QTest::newRow("a row that stops matching leaves") << open << resolved << QList<qint64>{3, 1};

        TicketSummary newOpen = ticket(4, u"d"_s, kMonday.addDays(3));
        QTest::newRow("a new matching ticket comes in at the top") << open << newOpen << QList<qint64>{4, 3, 2, 1};
        TicketSummary newResolved = newOpen;
        newResolved.status = TicketStatus::Closed;
        QTest::newRow("a new ticket that does not match stays out") << open << newResolved << QList<qint64>{3, 2, 1};

        TicketQuery mine;
        mine.assignee = TicketQuery::Assignee::Mine;
        TicketSummary assignedToMe = ticket(5, u"e"_s, kMonday);
        assignedToMe.assigneeId = 77;
        QTest::newRow("assigned to me joins my queue") << mine << assignedToMe << QList<qint64>{5};

        TicketQuery urgentFirst;
        urgentFirst.sortKey = TicketQuery::SortKey::Priority;
        TicketSummary escalated = ticket(1, u"a"_s, kMonday);
        escalated.priority = TicketPriority::Urgent;
        QTest::newRow("a changed sort key moves the row") << urgentFirst << escalated << QList<qint64>{1, 3, 2};

        TicketQuery printer;
        printer.search = u"PRINTER jam"_s;
        TicketSummary jam = ticket(6, u"Printer paper jam"_s, kMonday.addDays(4));
        QTest::newRow("search words in the subject") << printer << jam << QList<qint64>{6};
        TicketSummary other = ticket(7, u"Printer offline"_s, kMonday.addDays(4));
        QTest::newRow("not every search word") << printer << other << QList<qint64>{};
    }

    void upsertFollowsTheFilters()
    {
        QFETCH(TicketQuery, query);
        QFETCH(TicketSummary, change);
        QFETCH(QList<qint64>, expected);
        TicketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCurrentUserId(77);
        model.setQuery(query);
        QList<TicketSummary> rows;
        for (const auto &row : {ticket(1, u"a"_s, kMonday), ticket(2, u"b"_s, kMonday.addDays(1)),
                                ticket(3, u"c"_s, kMonday.addDays(2))}) {
            if (query.matches(row, 77))
                rows.append(row);
        }
        model.setTickets(rows);
        model.upsert(change);
        QCOMPARE(idsInOrder(model), expected);
    }

    void nothingIsShownPastTheLoadedPage()
    {
        TicketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy wanted(&model, &TicketListModel::moreWanted);
        TicketQuery newestRaised;
        newestRaised.sortKey = TicketQuery::SortKey::Created;
        model.setQuery(newestRaised);
        model.setTickets({ticket(5, u"e"_s, kMonday.addDays(5)), ticket(4, u"d"_s, kMonday.addDays(4))}, u"c1"_s);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!wanted.isEmpty()); // the tester asks too
        model.setFetchingMore(true);
        const auto asked = wanted.size();
        model.fetchMore({});
        QCOMPARE(wanted.size(), asked); // once per page on its way

        // Older than the last loaded row: the next page brings it.
        model.upsert(ticket(1, u"a"_s, kMonday));
        QCOMPARE(idsInOrder(model), (QList<qint64>{5, 4}));
        // A row that moves past the end leaves until its page comes.
        TicketSummary aged = ticket(5, u"e"_s, kMonday.addDays(-1));
        model.upsert(aged);
        QCOMPARE(idsInOrder(model), (QList<qint64>{4}));

        model.appendPage({ticket(4, u"d"_s, kMonday.addDays(4)), ticket(1, u"a"_s, kMonday), aged}, QString());
        QCOMPARE(idsInOrder(model), (QList<qint64>{4, 1, 5}));
        QVERIFY(!model.canFetchMore({}));
        // Everything is loaded: a new oldest ticket goes at the end.
        model.upsert(ticket(9, u"z"_s, kMonday.addDays(-9)));
        QCOMPARE(idsInOrder(model).last(), 9);
    }

    void slaCountsDownLocallyAndTurnsBreached()
    {
        TicketListModel model;
        TicketSummary urgent = ticket(8, u"Site down"_s, kMonday);
        urgent.priority = TicketPriority::Urgent;
        urgent.firstResponseDue = kMonday.addSecs(30 * 60);
        urgent.resolutionDue = kMonday.addSecs(4 * 3600);
        model.setTickets({urgent});
        const QModelIndex sla = model.index(0, TicketListModel::SlaColumn);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setNow(kMonday.addSecs(10 * 60));
        QCOMPARE(sla.data().toString(), u"20 min"_s);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!sla.data(TicketListModel::SlaBreachedRole).toBool());

        urgent.firstRespondedAt = kMonday.addSecs(15 * 60);
        model.upsert(urgent);
        QCOMPARE(sla.data().toString(), u"3 h 50 min"_s);

        model.setNow(kMonday.addSecs(5 * 3600));
        QCOMPARE(sla.data().toString(), u"Breached"_s);
        QVERIFY(sla.data(TicketListModel::SlaBreachedRole).toBool());
        QVERIFY(sla.data(Qt::ForegroundRole).isValid());

        // The server's flag stands even after the ticket is resolved.
        urgent.status = TicketStatus::Resolved;
        urgent.slaBreached = ccr::domain::ResolutionBreached;
        model.upsert(urgent);
        QCOMPARE(sla.data().toString(), u"Breached"_s);
        urgent.slaBreached = 0;
        model.upsert(urgent);
        QCOMPARE(sla.data().toString(), u"—"_s);
    }

    void queryParamsSpellTheProtocol()
    {
        TicketQuery query;
        query.statuses = {TicketStatus::Open, TicketStatus::InProgress};
        query.priorities = {TicketPriority::High};
        query.assignee = TicketQuery::Assignee::Unassigned;
        query.categoryId = 4;
        query.search = u"  router  "_s;
        query.sortKey = TicketQuery::SortKey::ResolutionDue;
        query.descending = false;
        const QJsonObject params = query.toParams();
        QCOMPARE(params.value(u"status"_s).toArray(), (QJsonArray{u"open"_s, u"in_progress"_s}));
        QCOMPARE(params.value(u"priority"_s).toArray(), (QJsonArray{u"high"_s}));
        QCOMPARE(params.value(u"assigneeId"_s).toInteger(-1), 0);
        QVERIFY(!params.contains(u"mine"_s));
        QCOMPARE(params.value(u"categoryId"_s).toInteger(), 4);
        QCOMPARE(params.value(u"search"_s).toString(), u"router"_s);
        QCOMPARE(params.value(u"sort"_s).toObject(),
                 (QJsonObject{{u"column"_s, u"resolutionDue"_s}, {u"descending"_s, false}}));
        query.assignee = TicketQuery::Assignee::Mine;
        QCOMPARE(query.toParams().value(u"mine"_s).toBool(), true);
        QVERIFY(!query.toParams().contains(u"assigneeId"_s));
    }

    void clearEmptiesTheModel()
    {
        TicketListModel model;
        model.setTickets({ticket(1, u"a"_s, kMonday)});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.rowOf(1).has_value());
    }
};

QTEST_GUILESS_MAIN(TicketListModelTest)
#include "tst_ticket_list_model.moc"

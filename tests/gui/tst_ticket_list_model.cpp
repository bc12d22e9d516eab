// TicketListModel alone: ordering, upsert by id, and what each column shows.
#include <models/TicketListModel.h>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ccr::client::TicketListModel;
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
        QCOMPARE(model.headerData(TicketListModel::CreatedColumn, Qt::Horizontal).toString(), u"Created"_s);

        QCOMPARE(model.index(0, TicketListModel::IdColumn).data().toLongLong(), 42);
        QCOMPARE(model.index(0, TicketListModel::SubjectColumn).data().toString(), u"Router keeps rebooting"_s);
        QCOMPARE(model.index(0, TicketListModel::StatusColumn).data().toString(), u"Open"_s);
        QCOMPARE(model.index(0, TicketListModel::CustomerColumn).data().toString(), u"Priya Raman"_s);
        QCOMPARE(model.index(0, TicketListModel::AgentColumn).data().toString(), u"Unassigned"_s);
        QCOMPARE(model.index(0, TicketListModel::CreatedColumn).data().toString(),
                 QLocale().toString(kMonday.toLocalTime(), QLocale::ShortFormat));

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

// The lifecycle rules as a table: who may move a ticket from where to where.
#include <domain/TicketLifecycle.h>

#include <QTest>

using namespace ccr::domain;

Q_DECLARE_METATYPE(TicketStatus)

namespace {
const TicketActor kAdmin{Role::Admin, false, false};
const TicketActor kAssignee{Role::Agent, false, true};
const TicketActor kOtherAgent{Role::Agent, false, false};
const TicketActor kOwner{Role::Customer, true, false};
const TicketActor kStranger{Role::Customer, false, false};
} // namespace

class TicketLifecycleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<int>("who");
        QTest::addColumn<TicketStatus>("from");
        QTest::addColumn<TicketStatus>("to");
        QTest::addColumn<bool>("assigned");
        QTest::addColumn<bool>("allowed");
        using S = TicketStatus;
        enum
        {
            Admin,
            Assignee,
            OtherAgent,
            Owner,
            Stranger
        };
        QTest::newRow("assignee starts work") << int(Assignee) << S::AgentAssigned << S::InProgress << true << true;
        QTest::newRow("other agent cannot") << int(OtherAgent) << S::AgentAssigned << S::InProgress << true << false;
        QTest::newRow("assignee waits on customer")
            << int(Assignee) << S::InProgress << S::WaitingOnCustomer << true << true;
        QTest::newRow("and back") << int(Assignee) << S::WaitingOnCustomer << S::InProgress << true << true;
        QTest::newRow("assignee resolves") << int(Assignee) << S::InProgress << S::Resolved << true << true;
        QTest::newRow("admin resolves") << int(Admin) << S::WaitingOnCustomer << S::Resolved << true << true;
        QTest::newRow("customer cannot resolve") << int(Owner) << S::InProgress << S::Resolved << true << false;
        QTest::newRow("owner accepts resolution") << int(Owner) << S::Resolved << S::Closed << true << true;
        QTest::newRow("owner reopens") << int(Owner) << S::Resolved << S::InProgress << true << true;
        QTest::newRow("owner reopens closed") << int(Owner) << S::Closed << S::InProgress << true << true;
        QTest::newRow("stranger cannot reopen") << int(Stranger) << S::Resolved << S::InProgress << true << false;
        QTest::newRow("owner withdraws open ticket") << int(Owner) << S::Open << S::Closed << false << true;
        QTest::newRow("admin closes spam") << int(Admin) << S::Open << S::Closed << false << true;
        QTest::newRow("nobody skips to in progress") << int(Admin) << S::Open << S::InProgress << false << false;
        QTest::newRow("assigning is not a status change")
            << int(Admin) << S::Open << S::AgentAssigned << false << false;
        QTest::newRow("no reopen without agent") << int(Owner) << S::Closed << S::InProgress << false << false;
        QTest::newRow("no back to open") << int(Admin) << S::Closed << S::Open << true << false;
        QTest::newRow("no change to itself") << int(Admin) << S::InProgress << S::InProgress << true << false;
        QTest::newRow("closed cannot resolve") << int(Admin) << S::Closed << S::Resolved << true << false;
    }

    void transitions()
    {
        QFETCH(int, who);
        QFETCH(TicketStatus, from);
        QFETCH(TicketStatus, to);
        QFETCH(bool, assigned);
        QFETCH(bool, allowed);
        const TicketActor actors[] = {kAdmin, kAssignee, kOtherAgent, kOwner, kStranger};
        QCOMPARE(canChangeStatus(actors[who], from, to, assigned), allowed);
        QCOMPARE(allowedNextStatuses(actors[who], from, assigned).contains(to), allowed);
    }
};

QTEST_GUILESS_MAIN(TicketLifecycleTest)
#include "tst_ticket_lifecycle.moc"

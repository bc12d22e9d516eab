// Notifications through the real client against a real ccr-server: a
// customer is told when an agent takes their ticket and when it moves on,
// an agent when a ticket is assigned to them; the unread count shows in the
// window title; clicking a notification marks it read and asks for its
// ticket (the panel selects it). An agent is warned when an SLA target of
// their ticket is about to breach (the server's clock moved with
// debug.advanceClock), not before. Offscreen there is no system tray, so the
// notifier's model is what the test reads — the same list the Notifications
// menu shows. Screenshots of the agent's and the customer's panel.
#include <ClientWindow.h>
#include <ServerProcess.h>
#include <TestClient.h>

#include <app/Notifier.h>
#include <app/Session.h>
#include <models/NotificationModel.h>
#include <models/TicketFeed.h>
#include <models/TicketListModel.h>
#include <protocol/Messages.h>
#include <ui/TrayIcon.h>

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::client;
using ccr::protocol::Reply;
namespace methods = ccr::protocol::methods;
using Kind = NotificationModel::Kind;

namespace {

// Fixture accounts for a throwaway server; not credentials of anything real.
const QString kAdminEmail = u"admin@example.com"_s;
const QString kPassword = u"correct horse battery"_s;
constexpr int kTimeoutMs = 15000;

QJsonObject registration(const QString &first, const QString &last, const QString &email)
{
    return {{u"firstName"_s, first},
            {u"lastName"_s, last},
            {u"email"_s, email},
            {u"password"_s, kPassword},
            {u"passwordConfirmation"_s, kPassword}};
}

QAction *notificationEntry(ClientWindow &client, qint64 ticketId)
{
    auto *menu = client.window().findChild<QMenu *>(u"notificationsMenu"_s);
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"notificationAction"_s && action->data().toLongLong() == ticketId)
            return action;
    }
    return nullptr;
}

qint64 selectedTicket(ClientWindow &client)
{
    auto *view = client.inPanel<QTableView>(u"ticketView"_s);
    const auto selected = view->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? 0 : selected.first().data(TicketListModel::TicketIdRole).toLongLong();
}

} // namespace

class ClientNotificationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        QVERIFY(m_server.createAdmin(kAdminEmail, kPassword));
        QVERIFY(m_server.start());
        QVERIFY(m_admin.connectTo(m_server.endpoint()));
        QVERIFY(m_admin.login(kAdminEmail, kPassword).ok());

        // An agent who registered and was approved.
        TestClient agent;
        QVERIFY(agent.connectTo(m_server.endpoint()));
        const Reply registered =
            agent.call(methods::authRegisterAgent, registration(u"Arun"_s, u"Kumar"_s, u"arun@example.com"_s));
        QVERIFY2(registered.ok(), qPrintable(toString(registered)));
        m_agentId = registered.result.value(u"user"_s).toObject().value(u"id"_s).toInteger();
        QVERIFY(m_agentId > 0);
        QVERIFY(m_admin.call(methods::userApprove, {{u"userId"_s, m_agentId}}).ok());

        QVERIFY(m_customer.connectTo(m_server.endpoint()));
        QVERIFY(m_customer.call(methods::authRegister, registration(u"Lata"_s, u"Iyer"_s, u"lata@example.com"_s)).ok());
        QVERIFY(m_customer.login(u"lata@example.com"_s, kPassword).ok());
    }

    void customerIsToldWhenAnAgentIsAssigned()
    {
        ClientWindow customer(m_server.port());
        customer.logIn(u"lata@example.com"_s, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(customer.panelShown(u"customerPanel"_s), kTimeoutMs);
        customer.dismissCertificateNotice();
        QTRY_VERIFY_WITH_TIMEOUT(!customer.window().panel()->findChild<TicketFeed *>()->isLoading(), kTimeoutMs);
        NotificationModel *notifications = customer.window().notifier()->model();
        QCOMPARE(notifications->rowCount(), 0);
        QVERIFY(customer.window().findChild<QAction *>(u"noNotificationsAction"_s));
        QCOMPARE(customer.window().windowTitle(), u"Customer Care Registry"_s);

        // Raised from another device: the customer's own doing, nothing to tell.
        const qint64 ticketId = raiseTicket(u"Refund not received"_s);
        TicketListModel *tickets = customer.window().panel()->findChild<TicketListModel *>();
        QTRY_VERIFY_WITH_TIMEOUT(tickets->rowOf(ticketId).has_value(), kTimeoutMs);
        QCOMPARE(notifications->rowCount(), 0);

        QVERIFY(m_admin.call(methods::ticketAssign, {{u"ticketId"_s, ticketId}, {u"agentId"_s, m_agentId}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(notifications->rowCount(), 1, kTimeoutMs);
        const auto assigned = notifications->at(0);
        QCOMPARE(assigned.kind, Kind::AgentAssigned);
        QCOMPARE(assigned.ticketId, ticketId);
        QCOMPARE(assigned.title, u"Arun Kumar is now handling your ticket #%1"_s.arg(ticketId));
        QCOMPARE(assigned.body, u"Refund not received"_s);
        QCOMPARE(notifications->unreadCount(), 1);
        QCOMPARE(customer.window().windowTitle(), u"(1) Customer Care Registry"_s);
        QVERIFY(!customer.window().findChild<QAction *>(u"noNotificationsAction"_s));
        customer.screenshot(u"customer-notified"_s);

        // Clicking it: read, and the window asks for the ticket; the list selects it.
        QSignalSpy opened(&customer.window(), &MainWindow::openTicketRequested);
        QAction *entry = notificationEntry(customer, ticketId);
        QVERIFY(entry);
        QCOMPARE(entry->text(), assigned.title);
        QVERIFY(entry->font().bold()); // unread
        entry->trigger();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), ticketId);
        QCOMPARE(notifications->unreadCount(), 0);
        QCOMPARE(customer.window().windowTitle(), u"Customer Care Registry"_s);
        QCOMPARE(selectedTicket(customer), ticketId);
        QVERIFY(!notificationEntry(customer, ticketId)->font().bold());
    }

    void customerIsToldOfStatusChangesButNotOfTheirOwn()
    {
        ClientWindow customer(m_server.port());
        customer.logIn(u"lata@example.com"_s, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(customer.panelShown(u"customerPanel"_s), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!customer.window().panel()->findChild<TicketFeed *>()->isLoading(), kTimeoutMs);
        NotificationModel *notifications = customer.window().notifier()->model();

        const qint64 ticketId = raiseTicket(u"Wrong item delivered"_s);
        QVERIFY(m_admin.call(methods::ticketAssign, {{u"ticketId"_s, ticketId}, {u"agentId"_s, m_agentId}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(notifications->rowCount(), 1, kTimeoutMs);

        TestClient agent;
        QVERIFY(agent.connectTo(m_server.endpoint()));
        QVERIFY(agent.login(u"arun@example.com"_s, kPassword).ok());
        for (const QString &status : {u"in_progress"_s, u"resolved"_s}) {
            const Reply moved =
                agent.call(methods::ticketSetStatus, {{u"ticketId"_s, ticketId}, {u"status"_s, status}});
            QVERIFY2(moved.ok(), qPrintable(toString(moved)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(notifications->rowCount(), 3, kTimeoutMs);
        QCOMPARE(notifications->at(1).kind, Kind::StatusChanged);
        QCOMPARE(notifications->at(1).title, u"Your ticket #%1 is now: In progress"_s.arg(ticketId));
        QCOMPARE(notifications->at(0).title, u"Your ticket #%1 is now: Resolved"_s.arg(ticketId));
        QCOMPARE(customer.window().windowTitle(), u"(3) Customer Care Registry"_s);

        // Accepting the resolution is the customer's own step: no notification.
        QVERIFY(
            m_customer.call(methods::ticketSetStatus, {{u"ticketId"_s, ticketId}, {u"status"_s, u"closed"_s}}).ok());
        TicketListModel *tickets = customer.window().panel()->findChild<TicketListModel *>();
        QTRY_VERIFY_WITH_TIMEOUT(tickets->rowOf(ticketId)
                                     && tickets->ticketAt(*tickets->rowOf(ticketId)).status
                                            == ccr::domain::TicketStatus::Closed,
                                 kTimeoutMs);
        const qint64 head = m_admin.call(methods::ticketList).result.value(u"eventSeq"_s).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(customer.window().session()->rpc().lastSeq() >= head, kTimeoutMs);
        QCOMPARE(notifications->rowCount(), 3);

        customer.window().findChild<QAction *>(u"markAllReadAction"_s)->trigger();
        QCOMPARE(notifications->unreadCount(), 0);
        QCOMPARE(customer.window().windowTitle(), u"Customer Care Registry"_s);
    }

    void agentIsToldWhenATicketIsAssignedToThem()
    {
        ClientWindow agent(m_server.port());
        agent.logIn(u"arun@example.com"_s, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(agent.panelShown(u"staffPanel"_s), kTimeoutMs);
        agent.dismissCertificateNotice();
        QTRY_VERIFY_WITH_TIMEOUT(!agent.window().panel()->findChild<TicketFeed *>()->isLoading(), kTimeoutMs);
        NotificationModel *notifications = agent.window().notifier()->model();

        // Someone else's ticket being raised is no news for this agent.
        const qint64 ticketId = raiseTicket(u"App crashes on start"_s);
        const qint64 head = m_admin.call(methods::ticketList).result.value(u"eventSeq"_s).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(agent.window().session()->rpc().lastSeq() >= head, kTimeoutMs);
        QCOMPARE(notifications->rowCount(), 0);

        QVERIFY(m_admin.call(methods::ticketAssign, {{u"ticketId"_s, ticketId}, {u"agentId"_s, m_agentId}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(notifications->rowCount(), 1, kTimeoutMs);
        QCOMPARE(notifications->at(0).kind, Kind::AssignedToMe);
        QCOMPARE(notifications->at(0).title, u"Ticket #%1 was assigned to you"_s.arg(ticketId));
        QCOMPARE(agent.window().windowTitle(), u"(1) Customer Care Registry"_s);
        // The tray icon's badge is drawn for the window icon too.
        QVERIFY(!TrayIcon::iconWithBadge(1).isNull());
        agent.screenshot(u"agent-panel"_s);

        QSignalSpy opened(agent.window().notifier(), &Notifier::openTicketRequested);
        agent.window().notifier()->activate(0);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), ticketId);
        QCOMPARE(notifications->unreadCount(), 0);
    }

    void agentIsWarnedBeforeAnSlaBreach()
    {
        ClientWindow agent(m_server.port());
        agent.logIn(u"arun@example.com"_s, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(agent.panelShown(u"staffPanel"_s), kTimeoutMs);
        agent.dismissCertificateNotice();
        QTRY_VERIFY_WITH_TIMEOUT(!agent.window().panel()->findChild<TicketFeed *>()->isLoading(), kTimeoutMs);
        NotificationModel *notifications = agent.window().notifier()->model();

        // Urgent: the first response is due in 30 minutes, warned 6 before.
        const qint64 ticketId = raiseTicket(u"Payment page times out"_s);
        QVERIFY(m_admin.call(methods::ticketAssign, {{u"ticketId"_s, ticketId}, {u"agentId"_s, m_agentId}}).ok());
        QVERIFY(
            m_admin.call(methods::ticketSetPriority, {{u"ticketId"_s, ticketId}, {u"priority"_s, u"urgent"_s}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(notifications->rowCount(), 1, kTimeoutMs);
        notifications->markAllRead();

        const auto warnings = [&] {
            int count = 0;
            for (int row = 0; row < notifications->rowCount(); ++row)
                count += notifications->at(row).kind == Kind::SlaWarning ? 1 : 0;
            return count;
        };
        QVERIFY(advanceClock(23));
        QVERIFY(agentCaughtUp(agent));
        QCOMPARE(warnings(), 0);

        QVERIFY(advanceClock(2));
        QTRY_COMPARE_WITH_TIMEOUT(warnings(), 1, kTimeoutMs);
        const auto warning = notifications->at(0);
        QCOMPARE(warning.kind, Kind::SlaWarning);
        QCOMPARE(warning.ticketId, ticketId);
        // The time left as the server counted it: about 5 minutes.
        const QString prefix = u"SLA about to breach on ticket #%1: first response due in "_s.arg(ticketId);
        QVERIFY2(warning.title.startsWith(prefix), qPrintable(warning.title));
        const QString left = warning.title.mid(prefix.size());
        QVERIFY2(left == u"4 minutes" || left == u"5 minutes" || left == u"6 minutes", qPrintable(left));
        QCOMPARE(warning.body, u"Payment page times out"_s);
        QCOMPARE(notifications->unreadCount(), 1);
        QCOMPARE(agent.window().windowTitle(), u"(1) Customer Care Registry"_s);
        agent.screenshot(u"agent-sla-warning"_s);

        // Clicking it opens (selects) the ticket and reads the notification.
        QAction *entry = nullptr;
        const auto menu = agent.window().findChild<QMenu *>(u"notificationsMenu"_s)->actions();
        for (QAction *action : menu) {
            if (action->objectName() == u"notificationAction"_s && action->text() == warning.title)
                entry = action;
        }
        QVERIFY(entry);
        QVERIFY(entry->font().bold());
        QSignalSpy opened(&agent.window(), &MainWindow::openTicketRequested);
        entry->trigger();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), ticketId);
        QCOMPARE(notifications->unreadCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(selectedTicket(agent), ticketId, kTimeoutMs);

        // Past the deadline: the breach is news, the warning is not repeated.
        QVERIFY(advanceClock(10));
        QTRY_VERIFY_WITH_TIMEOUT(notifications->at(0).kind == Kind::SlaBreached, kTimeoutMs);
        QVERIFY(agentCaughtUp(agent));
        QCOMPARE(warnings(), 1);
    }

private:
    bool advanceClock(int minutes)
    {
        const Reply moved = m_admin.call(methods::debugAdvanceClock, {{u"minutes"_s, minutes}});
        if (!moved.ok())
            qWarning() << "debug.advanceClock:" << toString(moved);
        return moved.ok();
    }

    // Every event stored so far reached the agent's window (staff see all).
    bool agentCaughtUp(ClientWindow &agent)
    {
        const qint64 head = m_admin.call(methods::ticketList).result.value(u"eventSeq"_s).toInteger();
        return QTest::qWaitFor([&] { return agent.window().session()->rpc().lastSeq() >= head; }, kTimeoutMs);
    }

    qint64 raiseTicket(const QString &subject)
    {
        const Reply raised =
            m_customer.call(methods::ticketCreate, {{u"subject"_s, subject}, {u"description"_s, u"Details."_s}});
        return raised.result.value(u"ticket"_s).toObject().value(u"id"_s).toInteger();
    }

    ServerProcess m_server{QStringList{u"--test-clock"_s}}; // SLA warnings: debug.advanceClock
    TestClient m_admin;
    TestClient m_customer;
    qint64 m_agentId = 0;
};

QTEST_MAIN(ClientNotificationsTest)
#include "tst_client_notifications.moc"

// The ticket detail view and the administrators' ticket settings through the
// real client widgets, offscreen, against a real ccr-server (started with a
// controllable clock) and a real SMTP capture. Several people at once: the
// admin assigns in one window while the customer watches in another; the
// agent works the ticket with the status buttons; an SLA target breaches
// when the server's clock is moved on. The functions run in order and share
// the server, the accounts and the open windows. Screenshots land in
// <build>/tests/gui/screenshots/.
#include <ClientWindow.h>
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <app/Translations.h>
#include <domain/TicketLifecycle.h>
#include <models/AgentPresenceModel.h>
#include <models/TicketListModel.h>
#include <protocol/Messages.h>
#include <ui/TicketDetailView.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ccr::client;
using ccr::domain::TicketStatus;
namespace methods = ccr::protocol::methods;

namespace {

// Fixture accounts for a throwaway server; not credentials of anything real.
const QString kAdminEmail = u"admin@example.com"_s;
const QString kAgentEmail = u"arun@example.com"_s;
const QString kCustomerEmail = u"chitra@example.com"_s;
const QString kPassword = u"correct horse battery"_s;
const QString kAgentName = u"Arun Agent"_s;
constexpr int kTimeoutMs = 15000;

QStringList historyLines(const TicketDetailView *view)
{
    QStringList lines;
    const auto *tree = view->findChild<QTreeWidget *>(u"historyView"_s);
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
        lines.append(tree->topLevelItem(i)->text(1));
    return lines;
}

QString labelText(const QWidget *view, const QString &name)
{
    const auto *label = view ? view->findChild<QLabel *>(name) : nullptr;
    return label ? label->text() : u"<no label %1>"_s.arg(name);
}

// The status buttons the view shows, by the status each one moves to.
QStringList statusButtons(const TicketDetailView *view)
{
    QStringList targets;
    for (const auto *button : view->findChildren<QPushButton *>()) {
        if (button->objectName().startsWith(u"statusButton-"_s) && button->isVisible())
            targets.append(button->objectName().mid(int(qstrlen("statusButton-"))));
    }
    targets.sort();
    return targets;
}

QStringList statusNames(const QList<TicketStatus> &statuses)
{
    QStringList names;
    for (const auto status : statuses)
        names.append(ccr::domain::statusName(status));
    names.sort();
    return names;
}

} // namespace

class ClientTicketDetailTest : public QObject
{
    Q_OBJECT

    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_setup; // the admin's protocol connection, for fixtures
    std::unique_ptr<TestClient> m_customerClient;
    std::unique_ptr<ClientWindow> m_admin;
    std::unique_ptr<ClientWindow> m_customer;
    std::unique_ptr<ClientWindow> m_agent;
    qint64 m_agentId = 0;
    qint64 m_ticketId = 0;

    quint16 port() const { return m_server->port(); }

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        return client->connectTo(m_server->endpoint()) ? std::move(client) : nullptr;
    }

    qint64 raiseTicket(const QString &subject)
    {
        const auto reply = m_customerClient->call(
            methods::ticketCreate, {{u"subject"_s, subject}, {u"description"_s, u"It stopped working today."_s}});
        return reply.result[u"ticket"_s][u"id"_s].toInteger();
    }

    std::unique_ptr<ClientWindow> loggedIn(const QString &email, const QString &panel)
    {
        auto window = std::make_unique<ClientWindow>(port());
        window->logIn(email, kPassword);
        if (!QTest::qWaitFor([&] { return window->panelShown(panel); }, kTimeoutMs))
            return nullptr;
        window->dismissCertificateNotice();
        return window;
    }

    // Opens the ticket from its row in the list, as a person does; returns its view.
    static TicketDetailView *openTicket(ClientWindow &window, qint64 ticketId)
    {
        const QString name = u"ticketDetail-%1"_s.arg(ticketId);
        auto *tabs = window.inPanel<QTabWidget>(u"panelTabs"_s);
        if (auto *open = window.inPanel<TicketDetailView>(name)) {
            tabs->setCurrentWidget(open);
            return open;
        }
        TicketListModel *model = window.ticketModel();
        if (!model || !QTest::qWaitFor([&] { return model->rowOf(ticketId).has_value(); }, kTimeoutMs))
            return nullptr;
        auto *view = window.inPanel<QTableView>(u"ticketView"_s);
        // Back to the list's tab first, as a person would.
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(view))
                tabs->setCurrentIndex(i);
        }
        const QModelIndex index = model->index(*model->rowOf(ticketId), TicketListModel::SubjectColumn);
        view->scrollTo(index);
        // Select the row and press Enter, as a keyboard user opens it.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        TicketDetailView *detail = nullptr;
        const bool loaded = QTest::qWaitFor(
            [&] {
                detail = window.inPanel<TicketDetailView>(name);
                return detail && detail->isVisible() && !detail->history().isEmpty();
            },
            kTimeoutMs);
        return loaded ? detail : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(u"en_GB"_s)));
        QVERIFY(m_smtp.start());
        m_server = std::make_unique<ServerProcess>(m_smtp.serverArguments() << u"--test-clock"_s);
        QVERIFY(m_server->createAdmin(kAdminEmail, kPassword));
        QVERIFY(m_server->start());

        m_setup = connected();
        QVERIFY(m_setup && m_setup->login(kAdminEmail, kPassword).ok());
        // An agent, invited, with the code from the mail.
        QVERIFY(m_setup
                    ->call(methods::userInvite, {{u"role"_s, u"agent"_s},
                                                 {u"firstName"_s, u"Arun"_s},
                                                 {u"lastName"_s, u"Agent"_s},
                                                 {u"email"_s, kAgentEmail}})
                    .ok());
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(kAgentEmail).isEmpty(); }, kTimeoutMs));
        auto agent = connected();
        const auto accepted =
            agent->call(methods::authAcceptInvitation, {{u"email"_s, kAgentEmail},
                                                        {u"code"_s, m_smtp.latestCodeFor(kAgentEmail)},
                                                        {u"password"_s, kPassword},
                                                        {u"passwordConfirmation"_s, kPassword}});
        QVERIFY2(accepted.ok(), qPrintable(toString(accepted)));
        m_agentId = agent->login(kAgentEmail, kPassword).result[u"user"_s][u"id"_s].toInteger();
        QVERIFY(m_agentId > 0);

        // A customer with a confirmed email, who raises the tickets.
        m_customerClient = connected();
        QVERIFY(m_customerClient->registerCustomer(u"Chitra"_s, u"Tester"_s, kCustomerEmail, kPassword).ok());
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(kCustomerEmail).isEmpty(); }, kTimeoutMs));
        QVERIFY(m_customerClient->login(kCustomerEmail, kPassword).ok());
        QVERIFY(m_customerClient->call(methods::authConfirmEmail, {{u"code"_s, m_smtp.latestCodeFor(kCustomerEmail)}})
                    .ok());
    }

    void adminAssignsAndTheCustomerSeesItLive()
    {
        m_ticketId = raiseTicket(u"Router keeps rebooting"_s);
        QVERIFY(m_ticketId > 0);
        // The agent is online (has a window open), so the picker says so.
        m_agent = loggedIn(kAgentEmail, u"staffPanel"_s);
        QVERIFY(m_agent);
        m_admin = loggedIn(kAdminEmail, u"staffPanel"_s);
        m_customer = loggedIn(kCustomerEmail, u"customerPanel"_s);
        QVERIFY(m_admin && m_customer);

        TicketDetailView *adminView = openTicket(*m_admin, m_ticketId);
        TicketDetailView *customerView = openTicket(*m_customer, m_ticketId);
        QVERIFY(adminView && customerView);
        QCOMPARE(labelText(customerView, u"agentValue"_s), u"Unassigned"_s);
        QCOMPARE(labelText(customerView, u"customerValue"_s), u"Chitra Tester"_s);
        QCOMPARE(historyLines(customerView), QStringList{u"Chitra Tester raised the ticket"_s});
        // Customers neither assign nor set the priority.
        QVERIFY(!customerView->findChild<QComboBox *>(u"assignCombo"_s));
        QVERIFY(!customerView->findChild<QComboBox *>(u"priorityCombo"_s));

        // The admin picks the agent, shown with presence and open work.
        auto *combo = adminView->findChild<QComboBox *>(u"assignCombo"_s);
        QVERIFY(combo);
        QTRY_VERIFY_WITH_TIMEOUT(combo->findData(m_agentId) >= 0, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(combo->itemText(combo->findData(m_agentId)), u"Arun Agent — Online, 0 open"_s,
                                  kTimeoutMs);
        combo->setCurrentIndex(combo->findData(m_agentId));
        ClientWindow::click(adminView->findChild<QPushButton *>(u"assignButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(labelText(adminView, u"agentValue"_s), kAgentName, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(adminView, u"ticketDetailStatus"_s), u"Assigned to Arun Agent."_s,
                                  kTimeoutMs);

        // The customer's window, untouched, follows within moments.
        QTRY_COMPARE_WITH_TIMEOUT(labelText(customerView, u"agentValue"_s), kAgentName, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(customerView, u"statusValue"_s), u"Agent assigned"_s, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(historyLines(customerView).value(1), u"Ada Admin assigned the ticket to Arun Agent"_s,
                                  kTimeoutMs);
        TicketListModel *customerList = m_customer->ticketModel();
        QTRY_COMPARE_WITH_TIMEOUT(customerList->ticketAt(*customerList->rowOf(m_ticketId)).assigneeName, kAgentName,
                                  kTimeoutMs);
        // The open work moved with it.
        QTRY_COMPARE_WITH_TIMEOUT(combo->itemText(combo->findData(m_agentId)), u"Arun Agent — Online, 1 open"_s,
                                  kTimeoutMs);
        QCOMPARE(adminView->findChild<QPushButton *>(u"assignButton"_s)->text(), u"Reassign"_s);
        m_admin->screenshot(u"ticket-detail-admin"_s);
        m_customer->screenshot(u"ticket-detail-customer"_s);
    }

    void agentWorksTheTicketWithTheStatusButtons_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("shownStatus");
        QTest::addColumn<QString>("buttonText");
        QTest::newRow("start work") << u"in_progress"_s << u"In progress"_s << u"Start work"_s;
        QTest::newRow("ask the customer")
            << u"waiting_on_customer"_s << u"Waiting on customer"_s << u"Wait for customer"_s;
        QTest::newRow("resume") << u"in_progress"_s << u"In progress"_s << u"Resume work"_s;
        QTest::newRow("resolve") << u"resolved"_s << u"Resolved"_s << u"Mark resolved"_s;
        QTest::newRow("reopen") << u"in_progress"_s << u"In progress"_s << u"Reopen"_s;
        QTest::newRow("resolve again") << u"resolved"_s << u"Resolved"_s << u"Mark resolved"_s;
        QTest::newRow("close") << u"closed"_s << u"Closed"_s << u"Close"_s;
    }

    void agentWorksTheTicketWithTheStatusButtons()
    {
        QFETCH(QString, target);
        QFETCH(QString, shownStatus);
        QFETCH(QString, buttonText);
        QVERIFY2(m_agent && m_customer, "the assignment step did not run");
        TicketDetailView *view = openTicket(*m_agent, m_ticketId);
        QVERIFY(view);
        // Only what the rules allow the assignee now, one button each.
        const ccr::domain::TicketActor assignee{ccr::domain::Role::Agent, false, true};
        const TicketStatus current = view->ticket().status;
        QTRY_COMPARE_WITH_TIMEOUT(statusButtons(view),
                                  statusNames(ccr::domain::allowedNextStatuses(assignee, current, true)), kTimeoutMs);
        auto *button = view->findChild<QPushButton *>(u"statusButton-"_s + target);
        QVERIFY2(button, qPrintable(target));
        QCOMPARE(button->text(), buttonText);
        ClientWindow::click(button);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(view, u"statusValue"_s), shownStatus, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            statusButtons(view) == statusNames(ccr::domain::allowedNextStatuses(assignee, view->ticket().status, true)),
            kTimeoutMs);

        // The customer's open view says the same, with the change in its history.
        auto *customerView = m_customer->inPanel<TicketDetailView>(u"ticketDetail-%1"_s.arg(m_ticketId));
        QVERIFY(customerView);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(customerView, u"statusValue"_s), shownStatus, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(historyLines(customerView).constLast().startsWith(u"Arun Agent changed the status"_s)
                                     && historyLines(customerView).constLast().endsWith(u" to "_s + shownStatus),
                                 kTimeoutMs);
        if (target == u"resolved"_s)
            m_agent->screenshot(u"ticket-detail-agent-resolved"_s);
    }

    void customerMayReopenTheClosedTicket()
    {
        auto *customerView = m_customer->inPanel<TicketDetailView>(u"ticketDetail-%1"_s.arg(m_ticketId));
        QVERIFY(customerView);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(customerView, u"statusValue"_s), u"Closed"_s, kTimeoutMs);
        // A customer may reopen a closed ticket that has an agent.
        QTRY_COMPARE_WITH_TIMEOUT(statusButtons(customerView), QStringList{u"in_progress"_s}, kTimeoutMs);
        QCOMPARE(customerView->findChild<QPushButton *>(u"statusButton-in_progress"_s)->text(), u"Reopen"_s);
    }

    void settingsRoundTrip()
    {
        QVERIFY(m_admin);
        m_admin->openTab(u"settingsTab"_s);

        // SLA targets: a first response later than the resolution is refused beside that field.
        auto *highFirst = m_admin->inPanel<QSpinBox>(u"sla-high-firstResponseMinutes"_s);
        auto *highResolution = m_admin->inPanel<QSpinBox>(u"sla-high-resolutionMinutes"_s);
        auto *normalFirst = m_admin->inPanel<QSpinBox>(u"sla-normal-firstResponseMinutes"_s);
        auto *normalResolution = m_admin->inPanel<QSpinBox>(u"sla-normal-resolutionMinutes"_s);
        QVERIFY(highFirst && highResolution && normalFirst && normalResolution);
        QTRY_VERIFY_WITH_TIMEOUT(highFirst->isEnabled() && highFirst->value() > 0, kTimeoutMs);
        highFirst->setValue(highResolution->value() + 10);
        ClientWindow::click(m_admin->inPanel<QPushButton>(u"saveSlaButton"_s));
        auto *highError = m_admin->inPanel<QLabel>(u"targets.high.firstResponseMinutesError"_s);
        QVERIFY(highError);
        QTRY_VERIFY_WITH_TIMEOUT(highError->isVisible(), kTimeoutMs);
        QVERIFY2(!highError->text().isEmpty(), "the server's reason is shown");

        highFirst->setValue(45);
        highResolution->setValue(8 * 60);
        normalFirst->setValue(30);
        normalResolution->setValue(24 * 60);
        QVERIFY(!highError->isVisible());
        ClientWindow::click(m_admin->inPanel<QPushButton>(u"saveSlaButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_admin->inPanel<QLabel>(u"slaSettingsStatus"_s)->text(), u"The targets are saved."_s,
                                  kTimeoutMs);
        const auto sla = m_setup->call(methods::settingsSlaGet);
        QVERIFY2(sla.ok(), qPrintable(toString(sla)));
        QCOMPARE(sla.result[u"targets"_s][u"high"_s][u"firstResponseMinutes"_s].toInt(), 45);
        QCOMPARE(sla.result[u"targets"_s][u"high"_s][u"resolutionMinutes"_s].toInt(), 8 * 60);
        QCOMPARE(sla.result[u"targets"_s][u"normal"_s][u"firstResponseMinutes"_s].toInt(), 30);

        // Automatic assignment.
        auto *policy = m_admin->inPanel<QComboBox>(u"assignmentPolicyCombo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(policy->isEnabled(), kTimeoutMs);
        policy->setCurrentIndex(policy->findData(u"leastOpen"_s));
        auto *useSkills = m_admin->inPanel<QCheckBox>(u"useSkillsCheck"_s);
        if (!useSkills->isChecked())
            ClientWindow::click(useSkills);
        ClientWindow::click(m_admin->inPanel<QPushButton>(u"saveAssignmentButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_admin->inPanel<QLabel>(u"assignmentSettingsStatus"_s)->text(),
                                  u"The assignment settings are saved."_s, kTimeoutMs);
        const auto assignment = m_setup->call(methods::settingsAssignmentGet);
        QCOMPARE(assignment.result[u"policy"_s].toString(), u"leastOpen"_s);
        QCOMPARE(assignment.result[u"useSkills"_s].toBool(), true);

        // Categories: a blank name is refused beside the field; a real one is added.
        auto *categories = m_admin->inPanel<QListWidget>(u"categoryList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(categories->isEnabled(), kTimeoutMs);
        const int before = categories->count();
        ClientWindow::click(m_admin->inPanel<QPushButton>(u"newCategoryButton"_s));
        auto *name = m_admin->inPanel<QLineEdit>(u"categoryNameEdit"_s);
        m_admin->typeInto(name, u"   "_s);
        ClientWindow::click(m_admin->inPanel<QPushButton>(u"saveCategoryButton"_s));
        auto *nameError = m_admin->inPanel<QWidget>(u"categoryEditor"_s)->findChild<QLabel *>(u"nameError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(nameError && nameError->isVisible(), kTimeoutMs);
        QCOMPARE(categories->count(), before);
        m_admin->typeInto(name, u"Broadband"_s);
        ClientWindow::click(m_admin->inPanel<QPushButton>(u"saveCategoryButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(categories->count(), before + 1, kTimeoutMs);
        QVERIFY(!categories->findItems(u"Broadband"_s, Qt::MatchExactly).isEmpty());
        const qint64 broadbandId =
            categories->findItems(u"Broadband"_s, Qt::MatchExactly).constFirst()->data(Qt::UserRole).toLongLong();

        // Skills: Arun is skilled in Broadband; the Agents tab says so.
        auto *agentCombo = m_admin->inPanel<QComboBox>(u"skillsAgentCombo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(agentCombo->findData(m_agentId) >= 0, kTimeoutMs);
        agentCombo->setCurrentIndex(agentCombo->findData(m_agentId));
        auto *skills = m_admin->inPanel<QListWidget>(u"skillsList"_s);
        const auto items = skills->findItems(u"Broadband"_s, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        items.constFirst()->setCheckState(Qt::Checked);
        ClientWindow::click(m_admin->inPanel<QPushButton>(u"saveSkillsButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_admin->inPanel<QLabel>(u"skillsStatus"_s)->text(),
                                  u"Arun Agent's skills are saved."_s, kTimeoutMs);
        const auto presence = m_setup->call(methods::presenceList);
        QJsonArray arunSkills;
        for (const auto &agent : presence.result[u"agents"_s].toArray()) {
            if (agent[u"id"_s].toInteger() == m_agentId)
                arunSkills = agent[u"skills"_s].toArray();
        }
        QCOMPARE(arunSkills, QJsonArray{broadbandId});
        m_admin->screenshot(u"ticket-settings"_s);
    }

    void agentStepsAwayAndAdminsSeeItLive()
    {
        QVERIFY(m_admin && m_agent);
        m_admin->openTab(u"agentsTab"_s);
        auto *view = m_admin->inPanel<QTableView>(u"agentsView"_s);
        QVERIFY(view);
        auto *model = qobject_cast<AgentPresenceModel *>(view->model());
        const auto presenceOfArun = [&] {
            const auto row = model->rowOf(m_agentId);
            return row ? model->index(*row, AgentPresenceModel::StateColumn).data().toString() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(presenceOfArun(), u"Online"_s, kTimeoutMs);
        QCOMPARE(model->index(*model->rowOf(m_agentId), AgentPresenceModel::SkillsColumn).data().toString(),
                 u"Broadband"_s);

        // The agent's own switch, beside the panel's tabs.
        auto *presence = m_agent->inPanel<QComboBox>(u"presenceCombo"_s);
        QVERIFY(presence);
        QTRY_VERIFY_WITH_TIMEOUT(presence->isEnabled(), kTimeoutMs);
        QCOMPARE(presence->currentData().toString(), u"online"_s);
        // Administrators take no tickets, so they have no switch.
        QVERIFY(!m_admin->inPanel<QComboBox>(u"presenceCombo"_s));
        presence->setFocus();
        QTest::keyClick(presence, Qt::Key_Down); // Online -> Away, as a person would pick it
        QCOMPARE(presence->currentData().toString(), u"away"_s);
        QTRY_COMPARE_WITH_TIMEOUT(presenceOfArun(), u"Away"_s, kTimeoutMs);
        m_admin->screenshot(u"agents-tab"_s);

        // Leaving altogether: offline.
        m_agent.reset();
        QTRY_COMPARE_WITH_TIMEOUT(presenceOfArun(), u"Offline"_s, kTimeoutMs);
    }

    void slaBreachIsFlaggedWhenTheClockMovesOn()
    {
        const qint64 id = raiseTicket(u"No dial tone"_s);
        QVERIFY(id > 0);
        TicketDetailView *view = openTicket(*m_admin, id);
        QVERIFY(view);
        // Normal: first response due in 30 minutes (set above), shown with the time left.
        QTRY_VERIFY_WITH_TIMEOUT(labelText(view, u"firstResponseSla"_s).contains(u" left"_s), kTimeoutMs);

        // Staff raise it to high: recorded, and its targets follow.
        auto *priority = view->findChild<QComboBox *>(u"priorityCombo"_s);
        QVERIFY(priority);
        QCOMPARE(priority->currentData().toString(), u"normal"_s);
        priority->setFocus();
        QTest::keyClick(priority, Qt::Key_Down); // Normal -> High
        QCOMPARE(priority->currentData().toString(), u"high"_s);
        QTRY_COMPARE_WITH_TIMEOUT(historyLines(view).constLast(),
                                  u"Ada Admin changed the priority from Normal to High"_s, kTimeoutMs);

        // Past the first-response target: breached, in red and in words.
        const auto moved = m_setup->call(methods::debugAdvanceClock, {{u"minutes"_s, 60}});
        QVERIFY2(moved.ok(), qPrintable(toString(moved)));
        QTRY_VERIFY_WITH_TIMEOUT(labelText(view, u"firstResponseSla"_s).startsWith(u"Breached"_s), kTimeoutMs);
        QVERIFY2(!labelText(view, u"resolutionSla"_s).startsWith(u"Breached"_s),
                 qPrintable(labelText(view, u"resolutionSla"_s)));
        QVERIFY(view->ticket().slaBreached & ccr::domain::FirstResponseBreached);
        m_admin->screenshot(u"ticket-detail-sla-breached"_s);
    }

    void cleanupTestCase()
    {
        m_agent.reset();
        m_customer.reset();
        m_admin.reset();
    }
};

QTEST_MAIN(ClientTicketDetailTest)
#include "tst_client_ticket_detail.moc"

// Accounts through the real client widgets, offscreen, against a real
// ccr-server process and a real SMTP server (aiosmtpd): every code a user
// types is read out of the mail the server sent. Several windows play
// several people at once (an admin approving an agent who waits live).
// Screenshots land in <build>/tests/gui/screenshots/ for a human to look at.
//
// Tests run in order and build on each other's accounts where a story
// continues (the agent invited in one is approved, deactivated, … later).
#include <ClientWindow.h>
#include <InMemoryTokenVault.h>
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <app/RememberedLogin.h>
#include <app/Session.h>
#include <app/Translations.h>
#include <models/PeopleModel.h>
#include <models/TicketListModel.h>
#include <protocol/Messages.h>
#include <ui/InviteDialog.h>
#include <ui/NewTicketDialog.h>
#include <ui/PeopleTab.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ccr::client;
using ccr::protocol::ErrorCode;
namespace methods = ccr::protocol::methods;

namespace {

// Fixture accounts for a throwaway server; not credentials of anything real.
const QString kAdminEmail = u"admin@example.com"_s;
const QString kAdminPassword = u"correct horse battery"_s;
const QString kPassword = u"a long password"_s;
constexpr int kTimeoutMs = 15000;

const QString kLogin = u"loginWidget"_s;
const QString kCodePage = u"passwordCodeWidget"_s;

PeopleModel *peopleOf(const ClientWindow &admin)
{
    auto *tab = admin.inPanel<PeopleTab>(u"peopleTab"_s);
    return tab ? tab->model() : nullptr;
}

int rowOf(const PeopleModel *people, const QString &email)
{
    for (int row = 0; people && row < people->rowCount(); ++row) {
        if (people->userAt(row).email == email)
            return row;
    }
    return -1;
}

QString stateOf(const PeopleModel *people, const QString &email)
{
    const int row = rowOf(people, email);
    return row < 0 ? QString() : people->index(row, PeopleModel::StateColumn).data().toString();
}

QJsonObject registration(const QString &first, const QString &last, const QString &email)
{
    return {{u"firstName"_s, first},
            {u"lastName"_s, last},
            {u"email"_s, email},
            {u"password"_s, kPassword},
            {u"passwordConfirmation"_s, kPassword}};
}

} // namespace

class ClientAccountsTest : public QObject
{
    Q_OBJECT

    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;

    quint16 port() const { return m_server->port(); }

    qsizetype mailsTo(const QString &address, const QString &subject = {}) const
    {
        qsizetype n = 0;
        for (const auto &mail : m_smtp.mails())
            n += mail.envelopeTo == address && (subject.isEmpty() || mail.header("subject") == subject) ? 1 : 0;
        return n;
    }

    bool waitForMailTo(const QString &address, qsizetype count = 1, const QString &subject = {}) const
    {
        return QTest::qWaitFor([&] { return mailsTo(address, subject) >= count; }, kTimeoutMs);
    }

    // An admin window, logged in, on its People tab with the list loaded.
    std::unique_ptr<ClientWindow> adminOnPeopleTab()
    {
        auto admin = std::make_unique<ClientWindow>(port());
        admin->logIn(kAdminEmail, kAdminPassword);
        if (!QTest::qWaitFor([&] { return admin->panelShown(u"staffPanel"_s); }, kTimeoutMs))
            return nullptr;
        admin->dismissCertificateNotice();
        admin->openTab(u"peopleTab"_s);
        if (!QTest::qWaitFor([&] { return rowOf(peopleOf(*admin), kAdminEmail) >= 0; }, kTimeoutMs))
            return nullptr;
        return admin;
    }

    void selectPerson(const ClientWindow &admin, const QString &email)
    {
        auto *view = admin.inPanel<QTableView>(u"peopleView"_s);
        QVERIFY(view && view->isVisible());
        const int row = rowOf(peopleOf(admin), email);
        QVERIFY2(row >= 0, qPrintable(email));
        const QRect cell = view->visualRect(view->model()->index(row, PeopleModel::NameColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(view->currentIndex().row(), row);
    }

    // Destructive actions ask first, in a window-modal box.
    void confirmAction(ClientWindow &admin)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = admin.window().findChild<QMessageBox *>(u"confirmActionBox"_s)) && box->isVisible(), kTimeoutMs);
        ClientWindow::click(box->findChild<QPushButton *>(u"confirmActionButton"_s));
    }

    qint64 userIdOf(const QString &email)
    {
        TestClient probe;
        if (!probe.connectTo(m_server->endpoint()) || !probe.login(kAdminEmail, kAdminPassword).ok())
            return 0;
        const auto listed = probe.call(methods::userList);
        for (const auto &user : listed.result.value(u"users"_s).toArray()) {
            if (user[u"email"_s].toString() == email)
                return user[u"id"_s].toInteger();
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Screenshots compare across machines only with the same font, and
        // English plurals ("1 second", "60 seconds") come from the en translation.
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(u"en_GB"_s)));
        QVERIFY(m_smtp.start());
        m_server = std::make_unique<ServerProcess>(m_smtp.serverArguments());
        QVERIFY(m_server->createAdmin(kAdminEmail, kAdminPassword));
        QVERIFY(m_server->start());
    }

    void customerConfirmsEmailThroughTheBanner()
    {
        const QString email = u"mia@example.com"_s;
        ClientWindow customer(port());
        customer.click(kLogin, u"createAccountButton"_s);
        customer.fillRegistration(u"Mia"_s, u"Wong"_s, email, kPassword);
        customer.click(u"registrationWidget"_s, u"registerButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(customer.panelShown(u"customerPanel"_s), kTimeoutMs);
        customer.dismissCertificateNotice();

        // A relay is configured, so the server requires the mailed code first.
        auto *banner = customer.inPanel<QWidget>(u"emailConfirmationBanner"_s);
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(customer.inPanel<QLabel>(u"confirmationHeading"_s)->text(),
                 u"Enter the code we emailed to mia@example.com"_s);
        auto *newTicket = customer.inPanel<QPushButton>(u"newTicketButton"_s);
        auto *blockedNote = customer.inPanel<QLabel>(u"newTicketBlockedNote"_s);
        QVERIFY(!newTicket->isEnabled());
        QVERIFY(blockedNote->isVisible());
        QCOMPARE(blockedNote->text(), u"Confirm your email to raise tickets."_s);

        QVERIFY(waitForMailTo(email));
        const QString code = m_smtp.latestCodeFor(email);
        QCOMPARE(code.size(), 6);

        // A wrong code is refused beside the code field.
        auto *codeEdit = customer.inPanel<QLineEdit>(u"confirmationCodeEdit"_s);
        customer.typeInto(codeEdit, code == u"000000"_s ? u"111111"_s : u"000000"_s);
        ClientWindow::click(customer.inPanel<QPushButton>(u"confirmEmailButton"_s));
        auto *codeError = customer.inPanel<QLabel>(u"codeError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(codeError->isVisible(), kTimeoutMs);
        QCOMPARE(codeError->text(), u"That code is wrong or has expired. Ask for a new one."_s);
        QCOMPARE(codeError->parentWidget(), codeEdit->parentWidget());

        // Another code right after the first: the server says how long to wait.
        ClientWindow::click(customer.inPanel<QPushButton>(u"resendCodeButton"_s));
        auto *notice = customer.inPanel<QLabel>(u"confirmationNotice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kTimeoutMs);
        static const QRegularExpression wait(uR"(You can ask for a new one in \d+ seconds?\.$)"_s);
        QVERIFY2(wait.match(notice->text()).hasMatch(), qPrintable(notice->text()));
        QVERIFY(!codeError->isVisible());
        customer.screenshot(u"confirm-email-banner"_s);

        customer.typeInto(codeEdit, code);
        ClientWindow::click(customer.inPanel<QPushButton>(u"confirmEmailButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kTimeoutMs);
        QVERIFY(newTicket->isEnabled());
        QVERIFY(!blockedNote->isVisible());

        // Raising a ticket works at once, without logging in again.
        ClientWindow::click(newTicket);
        NewTicketDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = customer.window().findChild<NewTicketDialog *>()) && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"subjectEdit"_s), u"Bill is wrong"_s);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s), u"Charged twice."_s);
        ClientWindow::click(dialog->findChild<QPushButton *>(u"raiseTicketButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!customer.window().findChild<NewTicketDialog *>(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(customer.ticketModel()->rowCount(), 1, kTimeoutMs);
    }

    void adminInvitesAgentWhoAcceptsOnTheLoginScreen()
    {
        const QString email = u"raj@example.com"_s;
        auto admin = adminOnPeopleTab();
        QVERIFY(admin);
        QCOMPARE(admin->tabTitles(), (QStringList{u"All tickets"_s, u"People"_s, u"Mail"_s, u"Agents"_s, u"Settings"_s, u"Profile"_s}));
        PeopleModel *people = peopleOf(*admin);
        QCOMPARE(people->index(rowOf(people, kAdminEmail), PeopleModel::NameColumn).data().toString(),
                 u"Ada Admin (you)"_s);
        // One's own account cannot be changed: no state button for it.
        selectPerson(*admin, kAdminEmail);
        for (const auto &name : {u"approveButton"_s, u"rejectButton"_s, u"deactivateButton"_s, u"reactivateButton"_s,
                                 u"endSessionsButton"_s})
            QVERIFY2(!admin->inPanel<QPushButton>(name)->isEnabled(), qPrintable(name));

        ClientWindow::click(admin->inPanel<QPushButton>(u"inviteAgentButton"_s));
        InviteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = admin->window().findChild<InviteDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), u"Invite an agent"_s);
        admin->typeInto(dialog->findChild<QLineEdit *>(u"firstNameEdit"_s), u"Al"_s);
        admin->typeInto(dialog->findChild<QLineEdit *>(u"lastNameEdit"_s), u"Kumar"_s);
        admin->typeInto(dialog->findChild<QLineEdit *>(u"emailEdit"_s), email);
        ClientWindow::click(dialog->findChild<QPushButton *>(u"sendInvitationButton"_s));
        QVERIFY(dialog->findChild<QLabel *>(u"firstNameError"_s)->isVisible()); // checked before sending
        QVERIFY(dialog->isVisible());
        admin->typeInto(dialog->findChild<QLineEdit *>(u"firstNameEdit"_s), u"Raj"_s);
        ClientWindow::click(dialog->findChild<QPushButton *>(u"sendInvitationButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!admin->window().findChild<InviteDialog *>(), kTimeoutMs);
        QCOMPARE(stateOf(people, email), u"Invited"_s);
        QCOMPARE(admin->inPanel<QLabel>(u"peopleStatus"_s)->text(), u"Invitation sent to raj@example.com."_s);
        // The new row is selected: an invitation can be withdrawn, not approved.
        QVERIFY(admin->inPanel<QPushButton>(u"deactivateButton"_s)->isEnabled());
        QVERIFY(!admin->inPanel<QPushButton>(u"approveButton"_s)->isEnabled());

        // The invitee sets a password with the mailed code, on the login screen.
        QVERIFY(waitForMailTo(email));
        const QString code = m_smtp.latestCodeFor(email);
        ClientWindow agent(port());
        agent.typeInto(kLogin, u"emailEdit"_s, email);
        agent.click(kLogin, u"invitationButton"_s);
        QCOMPARE(agent.currentPage(), agent.page(kCodePage));
        QCOMPARE(agent.on<QLabel>(kCodePage, u"passwordCodeTitle"_s)->text(), u"Accept your invitation"_s);
        QCOMPARE(agent.on<QLineEdit>(kCodePage, u"emailEdit"_s)->text(), email);
        QVERIFY(!agent.on<QPushButton>(kCodePage, u"sendCodeButton"_s)->isVisible());
        agent.typeInto(kCodePage, u"codeEdit"_s, code);
        agent.typeInto(kCodePage, u"passwordEdit"_s, kPassword);
        agent.typeInto(kCodePage, u"passwordConfirmationEdit"_s, kPassword);
        agent.click(kCodePage, u"setPasswordButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(agent.panelShown(u"staffPanel"_s), kTimeoutMs);
        QCOMPARE(agent.userStatus(), u"Raj Kumar (agent)"_s);
        QCOMPARE(agent.tabTitles(), (QStringList{u"Tickets"_s, u"Profile"_s}));
        // Agents start on their own (empty) queue; Mia's ticket is in "All tickets".
        agent.click(agent.inPanel<QAbstractButton>(u"allTicketsButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(agent.ticketModel()->rowCount(), 1, kTimeoutMs); // Mia's ticket

        // The admin's list follows without a reload.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(people, email), u"Active"_s, kTimeoutMs);
    }

    void pendingAgentWaitsAndIsApprovedLive()
    {
        const QString email = u"lena@example.com"_s;
        auto admin = adminOnPeopleTab();
        QVERIFY(admin);
        PeopleModel *people = peopleOf(*admin);

        ClientWindow lena(port());
        lena.click(kLogin, u"createAccountButton"_s);
        lena.fillRegistration(u"Lena"_s, u"Berg"_s, email, kPassword);
        lena.click(u"registrationWidget"_s, u"agentCheck"_s);
        QVERIFY(lena.on<QLabel>(u"registrationWidget"_s, u"agentNote"_s)->isVisible());
        lena.click(u"registrationWidget"_s, u"registerButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(lena.panelShown(u"pendingApprovalWidget"_s), kTimeoutMs);
        lena.dismissCertificateNotice();
        QCOMPARE(lena.inPanel<QLabel>(u"pendingHeading"_s)->text(), u"Waiting for approval"_s);
        QCOMPARE(lena.userStatus(), u"Lena Berg (agent)"_s);
        QVERIFY(lena.inPanel<QPushButton>(u"pendingLogOutButton"_s)->isVisible());
        lena.screenshot(u"pending-approval"_s);

        // The admin, listening already, sees the request arrive.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(people, email), u"Waiting for approval"_s, kTimeoutMs);
        selectPerson(*admin, email);
        QVERIFY(admin->inPanel<QPushButton>(u"approveButton"_s)->isEnabled());
        QVERIFY(admin->inPanel<QPushButton>(u"rejectButton"_s)->isEnabled());
        QVERIFY(!admin->inPanel<QPushButton>(u"deactivateButton"_s)->isEnabled());
        QVERIFY(!admin->inPanel<QPushButton>(u"reactivateButton"_s)->isEnabled());
        admin->screenshot(u"people-tab"_s);

        ClientWindow::click(admin->inPanel<QPushButton>(u"approveButton"_s));
        QVERIFY(!admin->inPanel<QPushButton>(u"approveButton"_s)->isEnabled()); // waiting for the server
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(people, email), u"Active"_s, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(admin->inPanel<QLabel>(u"peopleStatus"_s)->text(),
                                  u"Lena Berg is approved and can work on tickets now."_s, kTimeoutMs);

        // Lena's window moves on by itself, with no new login.
        QTRY_VERIFY_WITH_TIMEOUT(lena.panelShown(u"staffPanel"_s), kTimeoutMs);
        // Agents start on their own (empty) queue; Mia's ticket is in "All tickets".
        lena.click(lena.inPanel<QAbstractButton>(u"allTicketsButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(lena.ticketModel() && lena.ticketModel()->rowCount() == 1, kTimeoutMs);
        QCOMPARE(lena.userStatus(), u"Lena Berg (agent)"_s);
    }

    void deactivationSendsTheAgentBackToLogin()
    {
        const QString email = u"lena@example.com"_s;
        auto admin = adminOnPeopleTab();
        QVERIFY(admin);
        PeopleModel *people = peopleOf(*admin);
        ClientWindow lena(port());
        lena.logIn(email, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(lena.panelShown(u"staffPanel"_s), kTimeoutMs);

        selectPerson(*admin, email);
        ClientWindow::click(admin->inPanel<QPushButton>(u"deactivateButton"_s));
        confirmAction(*admin);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(people, email), u"Deactivated"_s, kTimeoutMs);

        // The server closes Lena's connection; her window says why.
        QTRY_COMPARE_WITH_TIMEOUT(lena.currentPage(), lena.page(kLogin), kTimeoutMs);
        QVERIFY(!lena.window().panel());
        auto *loginError = lena.on<QLabel>(kLogin, u"loginError"_s);
        QVERIFY(loginError->isVisible());
        QCOMPARE(loginError->text(), u"An administrator ended this account's access."_s);
        QVERIFY(lena.userStatus().isEmpty());

        // Logging in again: account_inactive, in the server's words.
        lena.logIn(email, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(loginError->text(), u"This account has been deactivated."_s, kTimeoutMs);
        QVERIFY(!lena.window().panel());

        QVERIFY(admin->inPanel<QPushButton>(u"reactivateButton"_s)->isEnabled());
        ClientWindow::click(admin->inPanel<QPushButton>(u"reactivateButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(people, email), u"Active"_s, kTimeoutMs);
        lena.logIn(email, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(lena.panelShown(u"staffPanel"_s), kTimeoutMs);

        // End sessions logs her out without changing the account.
        QTRY_VERIFY_WITH_TIMEOUT(admin->inPanel<QPushButton>(u"endSessionsButton"_s)->isEnabled(), kTimeoutMs);
        ClientWindow::click(admin->inPanel<QPushButton>(u"endSessionsButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(lena.currentPage(), lena.page(kLogin), kTimeoutMs);
        QCOMPARE(loginError->text(), u"An administrator logged you out."_s);
        QCOMPARE(stateOf(people, email), u"Active"_s);
    }

    void rejectedAgentIsToldWhyAtLogin()
    {
        const QString email = u"tom@example.com"_s;
        auto admin = adminOnPeopleTab();
        QVERIFY(admin);
        PeopleModel *people = peopleOf(*admin);
        TestClient tom;
        QVERIFY(tom.connectTo(m_server->endpoint()));
        QVERIFY(tom.call(methods::authRegisterAgent, registration(u"Tom"_s, u"Hale"_s, email)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(people, email), u"Waiting for approval"_s, kTimeoutMs);

        selectPerson(*admin, email);
        ClientWindow::click(admin->inPanel<QPushButton>(u"rejectButton"_s));
        confirmAction(*admin);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(people, email), u"Rejected"_s, kTimeoutMs);
        for (const auto &name : {u"approveButton"_s, u"rejectButton"_s, u"deactivateButton"_s, u"reactivateButton"_s,
                                 u"endSessionsButton"_s})
            QVERIFY2(!admin->inPanel<QPushButton>(name)->isEnabled(), qPrintable(name));

        ClientWindow window(port());
        window.logIn(email, kPassword);
        auto *loginError = window.on<QLabel>(kLogin, u"loginError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(loginError->isVisible(), kTimeoutMs);
        QCOMPARE(loginError->text(), u"An administrator declined this account."_s);
        QVERIFY(!window.window().panel());
    }

    void eachRoleLogsInToItsPanel_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("panel");
        QTest::addColumn<QStringList>("tabs");
        QTest::addColumn<QString>("status");
        QTest::newRow("customer") << u"mia@example.com"_s << kPassword << u"customerPanel"_s
                                  << QStringList{u"My tickets"_s, u"Profile"_s} << u"Mia Wong (customer)"_s;
        QTest::newRow("agent (invited)") << u"raj@example.com"_s << kPassword << u"staffPanel"_s
                                         << QStringList{u"Tickets"_s, u"Profile"_s} << u"Raj Kumar (agent)"_s;
        QTest::newRow("admin") << kAdminEmail << kAdminPassword << u"staffPanel"_s
                               << QStringList{u"All tickets"_s, u"People"_s, u"Mail"_s, u"Agents"_s, u"Settings"_s, u"Profile"_s}
                               << u"Ada Admin (administrator)"_s;
    }

    void eachRoleLogsInToItsPanel()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, panel);
        QFETCH(QStringList, tabs);
        QFETCH(QString, status);
        ClientWindow client(port());
        client.logIn(email, password);
        QTRY_VERIFY_WITH_TIMEOUT(client.panelShown(panel), kTimeoutMs);
        QCOMPARE(client.tabTitles(), tabs);
        QCOMPARE(client.userStatus(), status);
        // An agent's list starts on their own queue; the ticket is in "All tickets".
        if (auto *allTickets = client.inPanel<QAbstractButton>(u"allTicketsButton"_s))
            client.click(allTickets);
        QTRY_VERIFY_WITH_TIMEOUT(client.ticketModel() && client.ticketModel()->rowCount() == 1, kTimeoutMs);
        // A confirmed customer sees no banner and may raise tickets.
        if (auto *banner = client.inPanel<QWidget>(u"emailConfirmationBanner"_s))
            QVERIFY(!banner->isVisible());
    }

    void loginFromANewClientMailsAnAlert()
    {
        // Each window above had its own settings, so its own client id: Mia's
        // registration window was her first client, the role test her second.
        const QString email = u"mia@example.com"_s;
        const QString subject = u"New login to your account"_s;
        QVERIFY(waitForMailTo(email, 1, subject));
        const qsizetype before = mailsTo(email, subject);
        ClientWindow laptop(port());
        laptop.logIn(email, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(laptop.panelShown(u"customerPanel"_s), kTimeoutMs);
        QVERIFY(waitForMailTo(email, before + 1, subject));
    }

    void forgotPasswordSetsANewOneWithTheMailedCode()
    {
        const QString email = u"ravi@example.com"_s;
        const QString newPassword = u"ravi's new password"_s;
        TestClient setup;
        QVERIFY(setup.connectTo(m_server->endpoint()));
        QVERIFY(setup.call(methods::authRegister, registration(u"Ravi"_s, u"Shah"_s, email)).ok());
        QVERIFY(waitForMailTo(email)); // the confirmation code

        ClientWindow client(port());
        client.typeInto(kLogin, u"emailEdit"_s, email);
        client.click(kLogin, u"forgotPasswordButton"_s);
        QCOMPARE(client.currentPage(), client.page(kCodePage));
        QCOMPARE(client.on<QLabel>(kCodePage, u"passwordCodeTitle"_s)->text(), u"Reset your password"_s);
        QCOMPARE(client.on<QLineEdit>(kCodePage, u"emailEdit"_s)->text(), email);
        QVERIFY(!client.on<QWidget>(kCodePage, u"codeSection"_s)->isVisible()); // first the code
        client.click(kCodePage, u"sendCodeButton"_s);
        auto *notice = client.on<QLabel>(kCodePage, u"codeNotice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kTimeoutMs);
        QCOMPARE(notice->text(), u"If an account uses this email, a code is on its way."_s);
        QVERIFY(client.on<QWidget>(kCodePage, u"codeSection"_s)->isVisible());
        QVERIFY(waitForMailTo(email, 2));
        const QString code = m_smtp.latestCodeFor(email);
        client.dismissCertificateNotice();

        // Broken rules are shown before anything is sent.
        client.typeInto(kCodePage, u"codeEdit"_s, code);
        client.typeInto(kCodePage, u"passwordEdit"_s, newPassword);
        client.typeInto(kCodePage, u"passwordConfirmationEdit"_s, newPassword + u'!');
        client.click(kCodePage, u"setPasswordButton"_s);
        QVERIFY(client.on<QLabel>(kCodePage, u"passwordConfirmationError"_s)->isVisible());

        // A wrong code is refused beside the code field.
        client.typeInto(kCodePage, u"codeEdit"_s, code == u"000000"_s ? u"111111"_s : u"000000"_s);
        client.typeInto(kCodePage, u"passwordConfirmationEdit"_s, newPassword);
        client.click(kCodePage, u"setPasswordButton"_s);
        auto *codeError = client.on<QLabel>(kCodePage, u"codeError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(codeError->isVisible(), kTimeoutMs);
        QCOMPARE(codeError->text(), u"That code is wrong or has expired."_s);
        client.screenshot(u"forgot-password"_s);

        client.typeInto(kCodePage, u"codeEdit"_s, code);
        client.typeInto(kCodePage, u"passwordEdit"_s, newPassword);
        client.typeInto(kCodePage, u"passwordConfirmationEdit"_s, newPassword);
        client.click(kCodePage, u"setPasswordButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.panelShown(u"customerPanel"_s), kTimeoutMs);

        TestClient probe;
        QVERIFY(probe.connectTo(m_server->endpoint()));
        QCOMPARE(probe.login(email, kPassword).error->code, ErrorCode::InvalidCredentials);
        QVERIFY(probe.login(email, newPassword).ok());
    }

    void rememberMeResumesFromTheVault()
    {
        const QString email = u"sam@example.com"_s;
        TestClient setup;
        QVERIFY(setup.connectTo(m_server->endpoint()));
        QVERIFY(setup.call(methods::authRegister, registration(u"Sam"_s, u"Lee"_s, email)).ok());
        QTemporaryDir profile;
        InMemoryTokenVault vault;

        QString token;
        {
            ClientWindow first(port(), profile.path(), &vault);
            QTRY_COMPARE_WITH_TIMEOUT(first.window().rememberedLogin()->availability(),
                                      RememberedLogin::Availability::Available, kTimeoutMs);
            auto *remember = first.on<QCheckBox>(kLogin, u"rememberMeCheck"_s);
            QVERIFY(remember->isEnabled());
            QVERIFY(!remember->isChecked());
            QVERIFY(!first.on<QLabel>(kLogin, u"keychainNote"_s)->isVisible());
            first.click(kLogin, u"rememberMeCheck"_s);
            first.logIn(email, kPassword);
            QTRY_VERIFY_WITH_TIMEOUT(first.panelShown(u"customerPanel"_s), kTimeoutMs);
            QTRY_COMPARE_WITH_TIMEOUT(vault.entries.size(), 1, kTimeoutMs);
            token = first.window().session()->token();
            QCOMPARE(vault.entries.first(), token);
        } // closed without logging out, as at the end of a working day

        {
            ClientWindow second(port(), profile.path(), &vault);
            QTRY_VERIFY_WITH_TIMEOUT(second.panelShown(u"customerPanel"_s), kTimeoutMs);
            QCOMPARE(second.userStatus(), u"Sam Lee (customer)"_s);
            QCOMPARE(second.window().session()->token(), token);
            QVERIFY(second.on<QCheckBox>(kLogin, u"rememberMeCheck"_s)->isChecked()); // the choice is kept
            // Log out forgets the token, here and on the server.
            second.window().findChild<QAction *>(u"logOutAction"_s)->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(second.currentPage(), second.page(kLogin), kTimeoutMs);
            QTRY_VERIFY_WITH_TIMEOUT(vault.entries.isEmpty(), kTimeoutMs);
        }
        TestClient stale;
        QVERIFY(stale.connectTo(m_server->endpoint()));
        QCOMPARE(stale.call(methods::authResume, {{u"token"_s, token}}).error->code, ErrorCode::SessionExpired);

        // A token the server no longer accepts: back to the login, token deleted.
        {
            ClientWindow third(port(), profile.path(), &vault);
            QTRY_COMPARE_WITH_TIMEOUT(third.window().rememberedLogin()->availability(),
                                      RememberedLogin::Availability::Available, kTimeoutMs);
            QVERIFY(!third.window().panel()); // nothing stored: the login page as usual
            third.logIn(email, kPassword);    // "Remember me" is still ticked
            QTRY_VERIFY_WITH_TIMEOUT(third.panelShown(u"customerPanel"_s), kTimeoutMs);
            QTRY_COMPARE_WITH_TIMEOUT(vault.entries.size(), 1, kTimeoutMs);
        }
        const QString key = vault.entries.firstKey();
        const QString revoked = vault.entries.first();
        TestClient boss;
        QVERIFY(boss.connectTo(m_server->endpoint()));
        QVERIFY(boss.login(kAdminEmail, kAdminPassword).ok());
        QVERIFY(boss.call(methods::userEndSessions, {{u"userId"_s, userIdOf(email)}}).ok());
        QCOMPARE(vault.entries.value(key), revoked);
        {
            ClientWindow fourth(port(), profile.path(), &vault);
            auto *loginError = fourth.on<QLabel>(kLogin, u"loginError"_s);
            QTRY_VERIFY_WITH_TIMEOUT(loginError->isVisible(), kTimeoutMs);
            QCOMPARE(loginError->text(), u"Your saved login has ended: The session has ended; log in again."_s);
            QVERIFY(!fourth.window().panel());
            QTRY_VERIFY_WITH_TIMEOUT(vault.entries.isEmpty(), kTimeoutMs);
            QVERIFY(fourth.on<QPushButton>(kLogin, u"logInButton"_s)->isEnabled());
        }
    }

    void missingKeychainIsSaidPlainly()
    {
        // The real keychain. Offscreen CI has no Secret Service and no
        // KWallet (QtKeychain answers OtherError at once); a desktop has one.
        ClientWindow client(port());
        RememberedLogin *remembered = client.window().rememberedLogin();
        QTRY_VERIFY_WITH_TIMEOUT(remembered->availability() != RememberedLogin::Availability::Unknown, kTimeoutMs);
        const bool unavailable = remembered->availability() == RememberedLogin::Availability::Unavailable;
        qInfo() << "keychain on this machine:" << remembered->availability();
        auto *note = client.on<QLabel>(kLogin, u"keychainNote"_s);
        auto *remember = client.on<QCheckBox>(kLogin, u"rememberMeCheck"_s);
        QCOMPARE(note->isVisible(), unavailable);
        QCOMPARE(remember->isEnabled(), !unavailable);
        QCOMPARE(note->text(), u"Your system has no keychain; you will need to log in next time."_s);
        if (unavailable)
            client.screenshot(u"login-without-keychain"_s);

        // Whatever the keychain, the token never lands in a file of ours.
        client.logIn(u"mia@example.com"_s, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(client.panelShown(u"customerPanel"_s), kTimeoutMs);
        const QString token = client.window().session()->token();
        QVERIFY(!token.isEmpty());
        QDirIterator files(client.settingsDir(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
        }
    }

    void profileTabSavesDetailsAndChangesPassword()
    {
        const QString email = u"nila@example.com"_s;
        const QString newPassword = u"nila's new password"_s;
        TestClient setup;
        QVERIFY(setup.connectTo(m_server->endpoint()));
        QVERIFY(setup.call(methods::authRegister, registration(u"Nila"_s, u"Devi"_s, email)).ok());

        ClientWindow client(port());
        client.logIn(email, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(client.panelShown(u"customerPanel"_s), kTimeoutMs);
        client.dismissCertificateNotice();
        client.openTab(u"profileTab"_s);
        auto *firstName = client.inPanel<QLineEdit>(u"firstNameEdit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(firstName->isEnabled() && firstName->text() == u"Nila"_s, kTimeoutMs);
        QCOMPARE(client.inPanel<QLabel>(u"profileEmail"_s)->text(), email);
        auto *save = client.inPanel<QPushButton>(u"saveProfileButton"_s);

        // The server's rule for phones, shown beside the phone.
        client.typeInto(client.inPanel<QLineEdit>(u"phoneEdit"_s), u"call me"_s);
        ClientWindow::click(save);
        auto *phoneError = client.inPanel<QLabel>(u"phoneError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(phoneError->isVisible(), kTimeoutMs);
        QCOMPARE(phoneError->text(), u"Use digits, spaces and + ( ) - only."_s);

        // A wrong current password is named at its own field.
        client.typeInto(client.inPanel<QLineEdit>(u"oldPasswordEdit"_s), u"not my password"_s);
        client.typeInto(client.inPanel<QLineEdit>(u"passwordEdit"_s), newPassword);
        client.typeInto(client.inPanel<QLineEdit>(u"passwordConfirmationEdit"_s), newPassword);
        ClientWindow::click(client.inPanel<QPushButton>(u"changePasswordButton"_s));
        auto *oldError = client.inPanel<QLabel>(u"oldPasswordError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(oldError->isVisible(), kTimeoutMs);
        QCOMPARE(oldError->text(), u"The current password is not right."_s);
        client.screenshot(u"profile-tab"_s); // both complaints beside their fields

        // The shared name rules, checked before sending.
        client.typeInto(firstName, u"Ni"_s);
        ClientWindow::click(save);
        QVERIFY(client.inPanel<QLabel>(u"firstNameError"_s)->isVisible());

        client.typeInto(firstName, u"Nilavu"_s);
        client.typeInto(client.inPanel<QLineEdit>(u"phoneEdit"_s), u"+91 44 1234 5678"_s);
        QVERIFY(!phoneError->isVisible());
        auto *language = client.inPanel<QComboBox>(u"languageCombo"_s);
        QCOMPARE(language->currentData().toString(), u"en"_s);
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentData().toString(), u"ta"_s);
        auto *optionalMail = client.inPanel<QCheckBox>(u"optionalMailCheck"_s);
        const bool wantedMail = optionalMail->isChecked();
        ClientWindow::click(optionalMail);
        ClientWindow::click(save);
        auto *status = client.inPanel<QLabel>(u"profileStatus"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Your details are saved."_s, kTimeoutMs);
        QCOMPARE(client.userStatus(), u"Nilavu Devi (customer)"_s);

        TestClient probe;
        QVERIFY(probe.connectTo(m_server->endpoint()));
        QVERIFY(probe.login(email, kPassword).ok());
        const auto stored = probe.call(methods::profileGet);
        QCOMPARE(stored.result[u"user"_s][u"firstName"_s].toString(), u"Nilavu"_s);
        QCOMPARE(stored.result[u"user"_s][u"phone"_s].toString(), u"+91 44 1234 5678"_s);
        QCOMPARE(stored.result[u"user"_s][u"language"_s].toString(), u"ta"_s);
        QCOMPARE(stored.result[u"optionalMail"_s].toBool(), !wantedMail);

        client.typeInto(client.inPanel<QLineEdit>(u"oldPasswordEdit"_s), kPassword);
        ClientWindow::click(client.inPanel<QPushButton>(u"changePasswordButton"_s));
        auto *passwordStatus = client.inPanel<QLabel>(u"passwordStatus"_s);
        QTRY_COMPARE_WITH_TIMEOUT(passwordStatus->text(),
                                  u"Your password is changed. Your other sessions were logged out."_s, kTimeoutMs);
        QVERIFY(!oldError->isVisible());
        QVERIFY(client.panelShown(u"customerPanel"_s)); // this session stays
        TestClient again;
        QVERIFY(again.connectTo(m_server->endpoint()));
        QVERIFY(again.login(email, newPassword).ok());
    }
};

QTEST_MAIN(ClientAccountsTest)
#include "tst_client_accounts.moc"

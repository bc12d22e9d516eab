// The Foundation slice through the real client widgets, offscreen, against a
// real ccr-server process: registration rules shown beside their fields, a
// customer raising a ticket, an admin window seeing it arrive live, a wrong
// password, a changed server certificate, and losing the server.
// Screenshots land in <build>/tests/gui/screenshots/ for a human to look at.
#include <ClientWindow.h>
#include <ServerProcess.h>
#include <TestClient.h>

#include <app/ClientOptions.h>
#include <app/ClientSettings.h>
#include <app/Session.h>
#include <models/TicketListModel.h>
#include <protocol/ErrorCode.h>
#include <protocol/TrustStore.h>
#include <ui/BusyIndicator.h>
#include <ui/CertificateNotice.h>
#include <ui/MainWindow.h>
#include <ui/NewTicketDialog.h>
#include <validation/Rules.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ccr::client;

namespace {

// Fixture accounts for a throwaway server; not credentials of anything real.
const QString kAdminEmail = u"admin@example.com"_s;
const QString kAdminPassword = u"correct horse battery"_s;
const QString kCustomerEmail = u"priya@example.com"_s;
const QString kCustomerPassword = u"a long password"_s;
constexpr int kTimeoutMs = 15000;

QLabel *errorLabel(const ClientWindow &client, const QString &pageName, const QString &field)
{
    return client.on<QLabel>(pageName, field + u"Error"_s);
}

} // namespace

class ClientSliceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Screenshots compare across machines only with the same font.
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        QVERIFY(m_server.createAdmin(kAdminEmail, kAdminPassword));
        QVERIFY(m_server.start());
    }

    void brokenRuleShowsBesideItsFieldAndSendsNothing()
    {
        ClientWindow client(m_server.port());
        client.click(u"loginWidget"_s, u"createAccountButton"_s);
        QCOMPARE(client.currentPage(), client.page(u"registrationWidget"_s));

        client.fillRegistration(u"Al"_s, u"Raman"_s, u"al@example.com"_s, kCustomerPassword);
        client.click(u"registrationWidget"_s, u"registerButton"_s);

        const auto expected = ccr::validation::validate(ccr::validation::Registration{
            u"Al"_s, u"Raman"_s, u"al@example.com"_s, kCustomerPassword, kCustomerPassword});
        QCOMPARE(expected.size(), 1);
        QLabel *firstNameError = errorLabel(client, u"registrationWidget"_s, u"firstName"_s);
        QVERIFY(firstNameError);
        QVERIFY(firstNameError->isVisible());
        QCOMPARE(firstNameError->text(), expected.first().message);
        // Beside its own field: same container, directly below the input.
        auto *firstNameEdit = client.on<QLineEdit>(u"registrationWidget"_s, u"firstNameEdit"_s);
        QCOMPARE(firstNameError->parentWidget(), firstNameEdit->parentWidget());
        QVERIFY(firstNameError->geometry().top() >= firstNameEdit->geometry().bottom());
        for (const QString &other : {u"lastName"_s, u"email"_s, u"password"_s, u"passwordConfirmation"_s})
            QVERIFY2(!errorLabel(client, u"registrationWidget"_s, other)->isVisible(), qPrintable(other));
        client.screenshot(u"registration-with-error"_s);

        // Nothing was sent: the client never even connected, and no account exists.
        QCOMPARE(client.window().session()->connectionState(), ccr::protocol::RpcClient::State::Disconnected);
        QVERIFY(!client.window().session()->hasBeenConnected());
        TestClient probe;
        QVERIFY(probe.connectTo(m_server.endpoint()));
        const auto login = probe.login(u"al@example.com"_s, kCustomerPassword);
        QVERIFY(!login.ok());
        QCOMPARE(login.error->code, ccr::protocol::ErrorCode::InvalidCredentials);

        // Fixing the field clears its complaint as the user types.
        QTest::keyClicks(firstNameEdit, u"an"_s);
        QVERIFY(!firstNameError->isVisible());
    }

    void wrongPasswordShowsErrorAndPinsCertificate()
    {
        ClientWindow client(m_server.port());
        QVERIFY(!client.page(u"certificateNotice"_s)->isVisible());
        client.screenshot(u"login"_s);

        client.logIn(kAdminEmail, u"not the password"_s);
        // Nothing answers synchronously: right after the click the form waits.
        auto *logInButton = client.on<QPushButton>(u"loginWidget"_s, u"logInButton"_s);
        QVERIFY(!logInButton->isEnabled());
        QVERIFY(client.on<BusyIndicator>(u"loginWidget"_s, QString())->isVisible());
        auto *error = client.on<QLabel>(u"loginWidget"_s, u"loginError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeoutMs);
        QCOMPARE(error->text(), u"The email or password is not right."_s);
        QCOMPARE(client.currentPage(), client.page(u"loginWidget"_s));
        QVERIFY(logInButton->isEnabled());
        QVERIFY(!client.on<BusyIndicator>(u"loginWidget"_s, QString())->isVisible());
        QVERIFY(client.on<QLineEdit>(u"loginWidget"_s, u"passwordEdit"_s)->isEnabled());

        // First TLS connection from this profile: the fingerprint was pinned and shown.
        const ccr::protocol::TrustStore trust(ClientSettings(client.settingsDir()).trustStorePath());
        const auto pinned =
            trust.pinnedFingerprint(ccr::protocol::TrustStore::serverKey(u"127.0.0.1"_s, m_server.port()));
        QVERIFY(pinned.has_value());
        auto *notice = client.window().findChild<CertificateNotice *>();
        QVERIFY(notice->isVisible());
        QVERIFY(!notice->isMismatch());
        auto *details = notice->findChild<QLabel *>(u"certificateDetails"_s);
        QVERIFY(details->text().contains(pinned->left(47)));
        client.screenshot(u"login-wrong-password"_s);
    }

    void customerRaisesTicketAdminSeesItLive()
    {
        ClientWindow admin(m_server.port());
        admin.logIn(kAdminEmail, kAdminPassword);
        QTRY_VERIFY_WITH_TIMEOUT(admin.window().panel() && admin.window().panel()->isVisible(), kTimeoutMs);
        QCOMPARE(admin.window().panel()->objectName(), u"staffPanel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(admin.ticketModel() && admin.ticketModel()->rowCount() == 0
                                     && admin.window().panel()->findChild<QLabel *>(u"emptyState"_s)->isVisible(),
                                 kTimeoutMs);
        QVERIFY(admin.connectionStatus().startsWith(u"Connected to 127.0.0.1:"_s));
        QCOMPARE(admin.userStatus(), u"Ada Admin (administrator)"_s);
        QVERIFY(!admin.window()
                     .panel()
                     ->findChild<QTableView *>(u"ticketView"_s)
                     ->isColumnHidden(TicketListModel::CustomerColumn));

        // A customer registers through the widget and is logged in at once.
        ClientWindow customer(m_server.port());
        customer.click(u"loginWidget"_s, u"createAccountButton"_s);
        customer.fillRegistration(u"Priya"_s, u"Raman"_s, u"Priya@Example.com"_s, kCustomerPassword);
        customer.click(u"registrationWidget"_s, u"registerButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(customer.window().panel() && customer.window().panel()->isVisible(), kTimeoutMs);
        QCOMPARE(customer.window().panel()->objectName(), u"customerPanel"_s);
        QCOMPARE(customer.userStatus(), u"Priya Raman (customer)"_s);
        auto *emptyState = customer.window().panel()->findChild<QLabel *>(u"emptyState"_s);
        QTRY_COMPARE_WITH_TIMEOUT(emptyState->text(), u"No tickets yet — raise one with New ticket"_s, kTimeoutMs);
        QVERIFY(emptyState->isVisible());

        // The dialog checks the shared rules before sending anything.
        QTest::mouseClick(customer.window().panel()->findChild<QPushButton *>(u"newTicketButton"_s), Qt::LeftButton);
        NewTicketDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = customer.window().findChild<NewTicketDialog *>()) && dialog->isVisible());
        auto *raise = dialog->findChild<QPushButton *>(u"raiseTicketButton"_s);
        QTest::mouseClick(raise, Qt::LeftButton);
        auto *subjectError = dialog->findChild<QLabel *>(u"subjectError"_s);
        QVERIFY(subjectError->isVisible());
        QCOMPARE(subjectError->parentWidget(), dialog->findChild<QLineEdit *>(u"subjectEdit"_s)->parentWidget());
        QVERIFY(dialog->findChild<QLabel *>(u"descriptionError"_s)->isVisible());

        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"subjectEdit"_s), u"Router keeps rebooting"_s);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s), u"Since Monday, every hour."_s);
        QVERIFY(!subjectError->isVisible());
        QTest::mouseClick(raise, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!customer.window().findChild<NewTicketDialog *>(), kTimeoutMs);

        TicketListModel *mine = customer.ticketModel();
        QTRY_COMPARE_WITH_TIMEOUT(mine->rowCount(), 1, kTimeoutMs);
        QCOMPARE(mine->index(0, TicketListModel::SubjectColumn).data().toString(), u"Router keeps rebooting"_s);
        QCOMPARE(mine->index(0, TicketListModel::StatusColumn).data().toString(), u"Open"_s);
        QVERIFY(customer.window().panel()->findChild<QTableView *>(u"ticketView"_s)->isVisible());
        QVERIFY(customer.window()
                    .panel()
                    ->findChild<QTableView *>(u"ticketView"_s)
                    ->isColumnHidden(TicketListModel::CustomerColumn));
        const qint64 ticketId = mine->ticketAt(0).id;
        QVERIFY(ticketId > 0);

        // The admin window, untouched since it loaded an empty list, shows it live.
        TicketListModel *all = admin.ticketModel();
        QTRY_COMPARE_WITH_TIMEOUT(all->rowCount(), 1, kTimeoutMs);
        QCOMPARE(all->ticketAt(0).id, ticketId);
        QCOMPARE(all->index(0, TicketListModel::CustomerColumn).data().toString(), u"Priya Raman"_s);
        QCOMPARE(all->index(0, TicketListModel::AgentColumn).data().toString(), u"Unassigned"_s);
        QVERIFY(admin.window().panel()->findChild<QTableView *>(u"ticketView"_s)->isVisible());
        // The customer's own pushed event (the server sends owners theirs too)
        // updated the row the reply had put there, and added no second one.
        const qint64 eventSeq = admin.window().session()->rpc().lastSeq();
        QTRY_VERIFY_WITH_TIMEOUT(customer.window().session()->rpc().lastSeq() >= eventSeq, kTimeoutMs);
        QCOMPARE(mine->rowCount(), 1);

        // The first-use certificate notes were checked elsewhere; the user dismisses them.
        for (ClientWindow *client : {&customer, &admin}) {
            auto *dismiss = client->window().findChild<QPushButton *>(u"dismissCertificateButton"_s);
            if (dismiss->isVisible())
                QTest::mouseClick(dismiss, Qt::LeftButton);
            QVERIFY(!client->window().findChild<CertificateNotice *>()->isVisible());
        }
        customer.screenshot(u"customer-list"_s);
        admin.screenshot(u"admin-list"_s);

        // Log out returns to the login page and forgets who was logged in.
        customer.window().findChild<QAction *>(u"logOutAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(customer.currentPage(), customer.page(u"loginWidget"_s), kTimeoutMs);
        QVERIFY(!customer.window().panel());
        QVERIFY(customer.userStatus().isEmpty());
    }

    void emailTakenShowsBesideEmail()
    {
        ClientWindow client(m_server.port());
        client.click(u"loginWidget"_s, u"createAccountButton"_s);
        client.fillRegistration(u"Priya"_s, u"Again"_s, kCustomerEmail, kCustomerPassword);
        client.click(u"registrationWidget"_s, u"registerButton"_s);
        QLabel *emailError = errorLabel(client, u"registrationWidget"_s, u"email"_s);
        QTRY_VERIFY_WITH_TIMEOUT(emailError->isVisible(), kTimeoutMs);
        QVERIFY(!emailError->text().isEmpty());
        QCOMPARE(client.currentPage(), client.page(u"registrationWidget"_s));
        QVERIFY(client.on<QPushButton>(u"registrationWidget"_s, u"registerButton"_s)->isEnabled());
    }

    void changedCertificateIsRefusedUntilForgotten()
    {
        ClientWindow client(m_server.port());
        // As if an earlier visit had pinned another certificate for this address.
        const QString server = ccr::protocol::TrustStore::serverKey(u"127.0.0.1"_s, m_server.port());
        const QString stalePin =
            u"AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"_s;
        ccr::protocol::TrustStore trust(ClientSettings(client.settingsDir()).trustStorePath());
        trust.pin(server, stalePin);

        client.logIn(kAdminEmail, kAdminPassword);
        auto *notice = client.window().findChild<CertificateNotice *>();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() && notice->isMismatch(), kTimeoutMs);
        auto *details = notice->findChild<QLabel *>(u"certificateDetails"_s);
        QVERIFY(details->text().contains(stalePin.left(47)));
        auto *error = client.on<QLabel>(u"loginWidget"_s, u"loginError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeoutMs);
        QVERIFY(!client.window().panel());
        QCOMPARE(client.window().session()->connectionState(), ccr::protocol::RpcClient::State::Disconnected);
        QCOMPARE(trust.pinnedFingerprint(server), std::optional(stalePin)); // not silently replaced
        client.screenshot(u"certificate-mismatch"_s);

        QTest::mouseClick(notice->findChild<QPushButton *>(u"forgetCertificateButton"_s), Qt::LeftButton);
        QVERIFY(!trust.pinnedFingerprint(server).has_value());
        client.click(u"loginWidget"_s, u"logInButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.window().panel() && client.window().panel()->isVisible(), kTimeoutMs);
        QVERIFY(trust.pinnedFingerprint(server).has_value());
        QVERIFY(*trust.pinnedFingerprint(server) != stalePin);
        QVERIFY(!notice->isMismatch());
    }

    void offlineIsShownWhenTheServerGoes()
    {
        ServerProcess plainServer({u"--plain"_s});
        QVERIFY(plainServer.createAdmin(kAdminEmail, kAdminPassword));
        QVERIFY(plainServer.start());
        ClientWindow client(plainServer.port(), false);
        client.logIn(kAdminEmail, kAdminPassword);
        QTRY_VERIFY_WITH_TIMEOUT(client.window().panel() && client.window().panel()->isVisible(), kTimeoutMs);
        QVERIFY2(client.connectionStatus().contains(u"not encrypted"_s), qPrintable(client.connectionStatus()));
        // Listed and subscribed: what goes now is a live connection, not a load.
        QTRY_VERIFY_WITH_TIMEOUT(client.window().panel()->findChild<QLabel *>(u"emptyState"_s)->text()
                                     == u"No tickets yet. New tickets appear here as customers raise them."_s,
                                 kTimeoutMs);
        QVERIFY(!client.window().panel()->findChild<QLabel *>(u"panelError"_s)->isVisible());

        plainServer.kill();
        QTRY_VERIFY_WITH_TIMEOUT(client.connectionStatus().startsWith(u"Offline"_s), kTimeoutMs);
        QVERIFY(client.window().panel()); // the last known list stays readable
        QVERIFY(client.userStatus().startsWith(u"Ada Admin"_s));
        client.screenshot(u"offline"_s);

        client.window().findChild<QAction *>(u"logOutAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(client.currentPage(), client.page(u"loginWidget"_s), kTimeoutMs);
    }

private:
    ServerProcess m_server;
};

QTEST_MAIN(ClientSliceTest)
#include "tst_client_slice.moc"

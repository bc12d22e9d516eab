// The administrators' Mail tab through the real client widgets, offscreen,
// against a real ccr-server and two real SMTP servers (aiosmtpd): the server
// starts pointed at the first; the admin moves it to the second in the form,
// sends a test mail that the second receives, and watches it turn "Sent" in
// the outbox. Screenshots land in <build>/tests/gui/screenshots/.
#include <ClientWindow.h>
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <app/Translations.h>
#include <models/OutboxModel.h>
#include <ui/MailTab.h>

#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ccr::client;

namespace {

// Fixture accounts for a throwaway server; not credentials of anything real.
const QString kAdminEmail = u"admin@example.com"_s;
const QString kAdminPassword = u"correct horse battery"_s;
const QString kPassword = u"a long password"_s;
constexpr int kTimeoutMs = 15000;

} // namespace

class ClientMailSettingsTest : public QObject
{
    Q_OBJECT

    SmtpCapture m_first;
    SmtpCapture m_second;
    std::unique_ptr<ServerProcess> m_server;

    quint16 port() const { return m_server->port(); }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(u"en_GB"_s)));
        QVERIFY(m_first.start());
        QVERIFY(m_second.start());
        m_server = std::make_unique<ServerProcess>(m_first.serverArguments());
        QVERIFY(m_server->createAdmin(kAdminEmail, kAdminPassword));
        QVERIFY(m_server->start());
    }

    void adminMovesMailToAnotherRelayAndSendsATestMail()
    {
        ClientWindow admin(port());
        admin.logIn(kAdminEmail, kAdminPassword);
        QTRY_VERIFY_WITH_TIMEOUT(admin.panelShown(u"staffPanel"_s), kTimeoutMs);
        admin.dismissCertificateNotice();
        admin.openTab(u"mailTab"_s);

        auto *portSpin = admin.inPanel<QSpinBox>(u"smtpPortSpin"_s);
        auto *configured = admin.inPanel<QLabel>(u"smtpConfiguredStatus"_s);
        QVERIFY(portSpin && configured);
        QTRY_COMPARE_WITH_TIMEOUT(portSpin->value(), int(m_first.port()), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(portSpin->isEnabled(), kTimeoutMs);
        QVERIFY2(configured->text().startsWith(u"Mail is configured"_s), qPrintable(configured->text()));
        QCOMPARE(admin.inPanel<QLineEdit>(u"smtpHostEdit"_s)->text(), u"127.0.0.1"_s);
        QCOMPARE(admin.inPanel<QComboBox>(u"smtpSecurityCombo"_s)->currentData().toString(), u"none"_s);
        QVERIFY(!admin.inPanel<QLabel>(u"smtpPasswordNote"_s)->isVisible()); // no password yet

        // A line break in the sender name: the server's complaint sits beside that field.
        auto *fromName = admin.inPanel<QLineEdit>(u"smtpFromNameEdit"_s);
        fromName->setText(u"Help\r\nBcc: someone@example.com"_s);
        ClientWindow::click(admin.inPanel<QPushButton>(u"saveSmtpButton"_s));
        auto *nameError = admin.inPanel<QLabel>(u"fromNameError"_s);
        QVERIFY(nameError);
        QTRY_VERIFY_WITH_TIMEOUT(nameError->isVisible(), kTimeoutMs);
        QCOMPARE(nameError->text(), u"Line breaks are not allowed here."_s);
        QCOMPARE(portSpin->value(), int(m_first.port())); // nothing was saved

        // The second relay, and a password, which afterwards is only "set".
        admin.typeInto(fromName, u"CCR Help Desk"_s);
        portSpin->setValue(m_second.port());
        admin.typeInto(admin.inPanel<QLineEdit>(u"smtpPasswordEdit"_s), u"relay secret"_s);
        ClientWindow::click(admin.inPanel<QPushButton>(u"saveSmtpButton"_s));
        auto *status = admin.inPanel<QLabel>(u"smtpSettingsStatus"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"The mail settings are saved."_s, kTimeoutMs);
        QVERIFY(!nameError->isVisible());
        QVERIFY(admin.inPanel<QLabel>(u"smtpPasswordNote"_s)->isVisible());
        QVERIFY(admin.inPanel<QLineEdit>(u"smtpPasswordEdit"_s)->text().isEmpty());
        QVERIFY(configured->text().contains(QString::number(m_second.port())));

        // The test mail goes through the second relay only.
        const QString to = u"ops@example.com"_s;
        admin.typeInto(admin.inPanel<QLineEdit>(u"testMailToEdit"_s), to);
        ClientWindow::click(admin.inPanel<QPushButton>(u"sendTestMailButton"_s));
        auto *result = admin.inPanel<QLabel>(u"testMailResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), kTimeoutMs);
        QVERIFY2(result->text().startsWith(u"The test mail is queued"_s), qPrintable(result->text()));
        QVERIFY(m_second.waitForMails(1, kTimeoutMs));
        QCOMPARE(m_second.mails().constLast().envelopeTo, to);
        QVERIFY(m_first.mails().isEmpty());

        // The outbox shows it sent, newest first, from its own refresh.
        auto *outbox = admin.inPanel<MailTab>(u"mailTab"_s)->outbox();
        const auto stateOfNewest = [&] {
            return outbox->rowCount() > 0 && outbox->mailAt(0).to == to
                       ? outbox->index(0, OutboxModel::StateColumn).data().toString()
                       : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(stateOfNewest(), u"Sent"_s, kTimeoutMs);
        QVERIFY(!outbox->index(0, OutboxModel::SentColumn).data().toString().isEmpty());
        QVERIFY(admin.inPanel<QTableView>(u"outboxView"_s)->isVisible());
        admin.screenshot(u"mail-settings"_s);
    }

    void customersHaveNoMailTab()
    {
        TestClient setup;
        QVERIFY(setup.connectTo(m_server->endpoint()));
        QVERIFY(setup.registerCustomer(u"Mia"_s, u"Wong"_s, u"mia@example.com"_s, kPassword).ok());
        ClientWindow customer(port());
        customer.logIn(u"mia@example.com"_s, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(customer.panelShown(u"customerPanel"_s), kTimeoutMs);
        QVERIFY(!customer.tabTitles().contains(u"Mail"_s));
        QVERIFY(!customer.inPanel<MailTab>(u"mailTab"_s));
    }
};

QTEST_MAIN(ClientMailSettingsTest)
#include "tst_client_mail_settings.moc"

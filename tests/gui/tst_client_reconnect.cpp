// A connection that heals, through the real client widgets against a real
// ccr-server process: the test stops the server and starts it again on the
// same port and data directory. The window says it is offline and when it
// tries again, keeps the customer's half-typed ticket (a request made while
// offline fails with a readable message), reconnects by itself, continues
// the same session, and shows a ticket raised elsewhere meanwhile exactly
// once. Servers that are not CCR servers (or speak another protocol
// version) give clear messages at login.
// Screenshots land in <build>/tests/gui/screenshots/.
#include <ClientWindow.h>
#include <ServerProcess.h>
#include <TestClient.h>

#include <app/ConnectionKeeper.h>
#include <app/ReconnectPolicy.h>
#include <app/Session.h>
#include <models/TicketFeed.h>
#include <models/TicketListModel.h>
#include <protocol/Envelope.h>
#include <protocol/FrameChannel.h>
#include <protocol/Messages.h>
#include <protocol/ProtocolVersion.h>
#include <ui/ConnectionBanner.h>
#include <ui/NewTicketDialog.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ccr::client;
using namespace std::chrono_literals;
namespace methods = ccr::protocol::methods;

namespace {

// Fixture accounts for a throwaway server; not credentials of anything real.
const QString kAdminEmail = u"admin@example.com"_s;
const QString kPassword = u"a long password"_s;
constexpr int kTimeoutMs = 15000;
// The longest back-off (15 s + 20 % jitter) plus a reconnect's own work.
constexpr int kReconnectTimeoutMs = 30000;

int rowsWithSubject(const TicketListModel *model, const QString &subject)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->ticketAt(row).subject == subject ? 1 : 0;
    return count;
}

// A listener that is not a CCR server: each accepted connection is handed
// to respond, which plays some other service.
class FakeServer
{
public:
    explicit FakeServer(std::function<void(QTcpSocket *)> respond)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this, respond] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                respond(socket);
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

// Answers a hello frame with message, as a CCR server of another version would.
void answerHelloWith(QTcpSocket *socket, const QJsonObject &message)
{
    auto *channel = new ccr::protocol::FrameChannel(socket, ccr::protocol::kMaxFrameBytes, socket);
    QObject::connect(channel, &ccr::protocol::FrameChannel::messageReceived, socket,
                     [channel, message](const QJsonObject &) { channel->send(message); });
}

} // namespace

class ClientReconnectTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        QVERIFY(m_server.createAdmin(kAdminEmail, u"correct horse battery"_s));
        QVERIFY(m_server.start());
    }

    void backOffDoublesToFifteenSecondsWithJitter_data()
    {
        QTest::addColumn<double>("jitter");
        QTest::addColumn<QList<int>>("delaysMs");
        QTest::newRow("no jitter") << 0.0 << QList<int>{500, 1000, 2000, 4000, 8000, 15000, 15000};
        QTest::newRow("+20 %") << 1.0 << QList<int>{600, 1200, 2400, 4800, 9600, 18000, 18000};
        QTest::newRow("-20 %") << -1.0 << QList<int>{400, 800, 1600, 3200, 6400, 12000, 12000};
    }

    void backOffDoublesToFifteenSecondsWithJitter()
    {
        QFETCH(double, jitter);
        QFETCH(QList<int>, delaysMs);
        ReconnectPolicy policy([jitter] { return jitter; });
        for (int expected : delaysMs)
            QCOMPARE(int(policy.nextDelay().count()), expected);
        policy.reset();
        QCOMPARE(int(policy.nextDelay().count()), delaysMs.first());
    }

    void reconnectsAfterServerRestartKeepingWhatWasTyped()
    {
        const QString email = u"mira@example.com"_s;
        TestClient otherDevice;
        QVERIFY(otherDevice.connectTo(m_server.endpoint()));
        QVERIFY(otherDevice.registerCustomer(u"Mira"_s, u"Nair"_s, email, kPassword).ok());
        QVERIFY(otherDevice.login(email, kPassword).ok());
        QVERIFY(otherDevice
                    .call(methods::ticketCreate,
                          {{u"subject"_s, u"Printer offline"_s}, {u"description"_s, u"Since this morning."_s}})
                    .ok());

        ClientWindow client(m_server.port());
        client.logIn(email, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(client.panelShown(u"customerPanel"_s), kTimeoutMs);
        client.dismissCertificateNotice();
        TicketListModel *tickets = client.window().panel()->findChild<TicketListModel *>();
        QVERIFY(tickets);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithSubject(tickets, u"Printer offline"_s), 1, kTimeoutMs);
        auto *feed = client.window().panel()->findChild<TicketFeed *>();
        QTRY_VERIFY_WITH_TIMEOUT(!feed->isLoading(), kTimeoutMs); // listed and subscribed
        const QPointer<QWidget> panel = client.window().panel();
        ConnectionKeeper *keeper = client.window().connectionKeeper();
        auto *banner = client.window().findChild<ConnectionBanner *>();
        QVERIFY(!banner->isVisible());

        // Half-way through raising a ticket…
        QTest::mouseClick(panel->findChild<QPushButton *>(u"newTicketButton"_s), Qt::LeftButton);
        NewTicketDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = client.window().findChild<NewTicketDialog *>()) && dialog->isVisible());
        auto *subject = dialog->findChild<QLineEdit *>(u"subjectEdit"_s);
        auto *description = dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
        QTest::keyClicks(subject, u"Scanner jams"_s);
        QTest::keyClicks(description, u"Every second page."_s);

        // …the server goes away.
        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeoutMs);
        const QRegularExpression countdown(u"^Offline — reconnecting (in \\d+ s…|now…)$"_s);
        auto *heading = banner->findChild<QLabel *>(u"connectionBannerHeading"_s);
        QVERIFY2(countdown.match(heading->text()).hasMatch(), qPrintable(heading->text()));
        QVERIFY2(client.connectionStatus().startsWith(u"Offline — reconnecting"_s),
                 qPrintable(client.connectionStatus()));
        QVERIFY(client.window().panel() == panel); // still readable, not back at the login
        QVERIFY(dialog->isVisible());

        // Sending now fails at once, readably, and the text stays.
        auto *raise = dialog->findChild<QPushButton *>(u"raiseTicketButton"_s);
        QTest::mouseClick(raise, Qt::LeftButton);
        auto *dialogError = dialog->findChild<QLabel *>(u"newTicketError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialogError->isVisible(), kTimeoutMs);
        QVERIFY2(dialogError->text().contains(u"Not connected to the server"_s), qPrintable(dialogError->text()));
        QCOMPARE(subject->text(), u"Scanner jams"_s);
        QCOMPARE(description->toPlainText(), u"Every second page."_s);
        // At least one attempt has failed against the stopped server.
        QTRY_VERIFY_WITH_TIMEOUT(keeper->attempts() >= 2, kReconnectTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(keeper->state() == ConnectionKeeper::State::Waiting, kTimeoutMs);
        client.screenshot(u"reconnect-offline"_s);

        // Back on the same port with the same data; another device of the
        // same customer raises a ticket before this window is back.
        QVERIFY(m_server.start());
        TestClient meanwhile;
        QVERIFY(meanwhile.connectTo(m_server.endpoint()));
        QVERIFY(meanwhile.login(email, kPassword).ok());
        QVERIFY(meanwhile
                    .call(methods::ticketCreate,
                          {{u"subject"_s, u"Raised while you were away"_s}, {u"description"_s, u"From my phone."_s}})
                    .ok());
        const qint64 head = meanwhile.call(methods::ticketList).result.value(u"eventSeq"_s).toInteger();

        QTRY_COMPARE_WITH_TIMEOUT(keeper->state(), ConnectionKeeper::State::Online, kReconnectTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kTimeoutMs);
        QVERIFY2(client.connectionStatus().startsWith(u"Connected to"_s), qPrintable(client.connectionStatus()));
        // The same session and panel: resumed, not logged in again.
        QVERIFY(client.window().panel() == panel);
        QVERIFY(client.window().session()->user().has_value());
        QCOMPARE(client.window().session()->user()->email, email);
        // Everything up to the head was replayed, and applied once.
        QTRY_VERIFY_WITH_TIMEOUT(client.window().session()->rpc().lastSeq() >= head, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithSubject(tickets, u"Raised while you were away"_s), 1, kTimeoutMs);
        QCOMPARE(rowsWithSubject(tickets, u"Printer offline"_s), 1);

        // The dialog never closed; now the same text goes through.
        QVERIFY(dialog->isVisible());
        QCOMPARE(subject->text(), u"Scanner jams"_s);
        QCOMPARE(description->toPlainText(), u"Every second page."_s);
        QTest::mouseClick(raise, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!client.window().findChild<NewTicketDialog *>(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithSubject(tickets, u"Scanner jams"_s), 1, kTimeoutMs);
        QCOMPARE(tickets->rowCount(), 3);
        client.screenshot(u"reconnect-back-online"_s);

        // And live events flow again over the new connection.
        QVERIFY(meanwhile
                    .call(methods::ticketCreate,
                          {{u"subject"_s, u"After the restart"_s}, {u"description"_s, u"Live again."_s}})
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithSubject(tickets, u"After the restart"_s), 1, kTimeoutMs);
    }

    void logOutWhileOfflineStopsReconnecting()
    {
        const QString email = u"omar@example.com"_s;
        TestClient setup;
        QVERIFY(setup.connectTo(m_server.endpoint()));
        QVERIFY(setup.registerCustomer(u"Omar"_s, u"Haddad"_s, email, kPassword).ok());
        ClientWindow client(m_server.port());
        client.logIn(email, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(client.panelShown(u"customerPanel"_s), kTimeoutMs);

        m_server.stop();
        ConnectionKeeper *keeper = client.window().connectionKeeper();
        QTRY_VERIFY_WITH_TIMEOUT(keeper->state() != ConnectionKeeper::State::Online, kTimeoutMs);
        client.window().findChild<QAction *>(u"logOutAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(client.currentPage(), client.page(u"loginWidget"_s), kTimeoutMs);
        QCOMPARE(keeper->state(), ConnectionKeeper::State::Online); // nothing left to bring back
        QVERIFY(!client.window().findChild<ConnectionBanner *>()->isVisible());
        QVERIFY(m_server.start());
    }

    void badServerGivesClearMessage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing listening") << u"closed"_s << true << u"connection refused"_s;
        QTest::newRow("unknown host") << u"unknown-host"_s << true << u"was not found"_s;
        QTest::newRow("HTTP server") << u"http"_s << false << u"not CCR protocol"_s;
        QTest::newRow("echo service") << u"echo"_s << false << u"did not answer as a CCR server does"_s;
        QTest::newRow("echo service, TLS") << u"echo"_s << true << u"No secure connection could be made"_s;
        QTest::newRow("older protocol") << u"old-welcome"_s << false << u"speaks CCR protocol 0"_s;
        QTest::newRow("server refuses our version")
            << u"goodbye"_s << false << u"This server speaks CCR protocol 2 to 3"_s;
    }

    void badServerGivesClearMessage()
    {
        QFETCH(QString, kind);
        QFETCH(bool, tls);
        QFETCH(QString, expected);

        FakeServer fake([kind](QTcpSocket *socket) {
            if (kind == u"http"_s) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            } else if (kind == u"echo"_s) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [socket] { socket->write(socket->readAll()); });
            } else if (kind == u"old-welcome"_s) {
                answerHelloWith(socket, {{u"kind"_s, u"welcome"_s}, {u"protocol"_s, 0}, {u"software"_s, u"old"_s}});
            } else if (kind == u"goodbye"_s) {
                ccr::protocol::ApiError refusal;
                refusal.code = ccr::protocol::ErrorCode::UnsupportedVersion;
                refusal.message = u"This server speaks CCR protocol 2 to 3; the client offered 1."_s;
                answerHelloWith(socket, ccr::protocol::makeGoodbye(refusal));
            }
        });
        quint16 port = fake.port();
        if (kind == u"closed"_s) {
            QTcpServer probe; // a port that was just free, and nobody listens on now
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }

        ClientWindow client(port, tls);
        if (kind == u"unknown-host"_s)
            client.typeInto(u"loginWidget"_s, u"hostEdit"_s, u"no-such-host.invalid"_s);
        client.logIn(u"someone@example.com"_s, kPassword);
        auto *error = client.on<QLabel>(u"loginWidget"_s, u"loginError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeoutMs);
        QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
        QCOMPARE(client.currentPage(), client.page(u"loginWidget"_s));
        QVERIFY(client.on<QPushButton>(u"loginWidget"_s, u"logInButton"_s)->isEnabled());
        QVERIFY(!client.window().panel());
        QCOMPARE(client.window().connectionKeeper()->state(), ConnectionKeeper::State::Online);
        if (kind == u"http"_s)
            client.screenshot(u"login-not-a-ccr-server"_s);
    }

private:
    ServerProcess m_server;
};

QTEST_MAIN(ClientReconnectTest)
#include "tst_client_reconnect.moc"

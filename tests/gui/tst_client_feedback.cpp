// Feedback through the real client, offscreen, against a real ccr-server:
// the customer opening their resolved ticket is asked to rate the agent,
// the rating is stored (read back through the protocol), can be changed
// while the ticket is resolved, and the question also comes when the ticket
// is resolved while the customer is looking at it. Staff are never asked.
// Screenshots land in <build>/tests/gui/screenshots/.
#include <ClientWindow.h>
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <app/Session.h>
#include <domain/Ticket.h>
#include <models/AgentPresenceModel.h>
#include <models/ChatModel.h>
#include <protocol/Messages.h>
#include <ui/ChatPanel.h>
#include <ui/FeedbackDialog.h>

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ccr::client;
using ccr::domain::TicketSummary;
using ccr::protocol::Reply;
namespace methods = ccr::protocol::methods;

namespace {

// Fixture accounts for a throwaway server; not credentials of anything real.
const QString kAdminEmail = u"admin@example.com"_s;
const QString kPassword = u"correct horse battery"_s;
const QString kAgentEmail = u"arun@example.com"_s;
const QString kCustomerEmail = u"chitra@example.com"_s;
constexpr int kTimeoutMs = 15000;

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

FeedbackDialog *openFeedback(QWidget *owner)
{
    for (auto *dialog : owner->findChildren<FeedbackDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class ClientFeedbackTest : public QObject
{
    Q_OBJECT

    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_customer;
    std::unique_ptr<ClientWindow> m_customerWindow;
    qint64 m_agentId = 0;

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        return client->connectTo(m_server->endpoint()) ? std::move(client) : nullptr;
    }

    // A ticket of the customer's, assigned and worked on by the agent.
    qint64 workedTicket(const QString &subject)
    {
        const Reply raised =
            m_customer->call(methods::ticketCreate, {{u"subject"_s, subject}, {u"description"_s, u"Please help."_s}});
        const qint64 id = raised.result[u"ticket"_s][u"id"_s].toInteger();
        if (id <= 0 || !m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_agentId}}).ok()
            || !setStatus(id, u"in_progress"_s))
            return 0;
        return id;
    }

    bool setStatus(qint64 ticketId, const QString &status)
    {
        const Reply reply = m_agent->call(methods::ticketSetStatus, {{u"ticketId"_s, ticketId}, {u"status"_s, status}});
        if (!reply.ok())
            qWarning() << "setStatus" << status << toString(reply);
        return reply.ok();
    }

    TicketSummary ticketOf(qint64 ticketId)
    {
        return TicketSummary::fromJson(
            m_customer->call(methods::ticketGet, {{u"ticketId"_s, ticketId}}).result.value(u"ticket"_s).toObject());
    }

    QJsonObject storedRating(qint64 ticketId)
    {
        return m_admin->call(methods::ticketGet, {{u"ticketId"_s, ticketId}}).result.value(u"rating"_s).toObject();
    }

    std::unique_ptr<ChatPanel> openChat(qint64 ticketId)
    {
        auto panel = std::make_unique<ChatPanel>(m_customerWindow->window().session(), ticketOf(ticketId));
        panel->resize(620, 560);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            qWarning() << "chat window was not exposed";
        return panel;
    }

    static void rate(FeedbackDialog *dialog, int score, const QString &comment)
    {
        QTest::mouseClick(dialog->findChild<QAbstractButton *>(u"score%1"_s.arg(score)), Qt::LeftButton);
        auto *edit = dialog->findChild<QPlainTextEdit *>(u"feedbackComment"_s);
        edit->clear();
        QTest::keyClicks(edit, comment);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"sendRatingButton"_s), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        QVERIFY(m_smtp.start());
        m_server = std::make_unique<ServerProcess>(m_smtp.serverArguments());
        QVERIFY(m_server->createAdmin(kAdminEmail, kPassword));
        QVERIFY(m_server->start());
        m_admin = connected();
        QVERIFY(m_admin && m_admin->login(kAdminEmail, kPassword).ok());
        QVERIFY(m_admin
                    ->call(methods::userInvite, {{u"role"_s, u"agent"_s},
                                                 {u"firstName"_s, u"Arun"_s},
                                                 {u"lastName"_s, u"Agent"_s},
                                                 {u"email"_s, kAgentEmail}})
                    .ok());
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(kAgentEmail).isEmpty(); }, kTimeoutMs));
        m_agent = connected();
        QVERIFY(m_agent
                    ->call(methods::authAcceptInvitation, {{u"email"_s, kAgentEmail},
                                                           {u"code"_s, m_smtp.latestCodeFor(kAgentEmail)},
                                                           {u"password"_s, kPassword},
                                                           {u"passwordConfirmation"_s, kPassword}})
                    .ok());
        const Reply agentLogin = m_agent->login(kAgentEmail, kPassword);
        QVERIFY(agentLogin.ok());
        m_agentId = agentLogin.result[u"user"_s][u"id"_s].toInteger();
        m_customer = connected();
        QVERIFY(m_customer->registerCustomer(u"Chitra"_s, u"Tester"_s, kCustomerEmail, kPassword).ok());
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(kCustomerEmail).isEmpty(); }, kTimeoutMs));
        QVERIFY(m_customer->login(kCustomerEmail, kPassword).ok());
        QVERIFY(m_customer->call(methods::authConfirmEmail, {{u"code"_s, m_smtp.latestCodeFor(kCustomerEmail)}}).ok());

        m_customerWindow = std::make_unique<ClientWindow>(m_server->port());
        m_customerWindow->logIn(kCustomerEmail, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(m_customerWindow->panelShown(u"customerPanel"_s), kTimeoutMs);
        m_customerWindow->dismissCertificateNotice();
    }

    void openingAResolvedTicketAsksForARating_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("comment");
        QTest::newRow("5 with a comment") << 5 << u"Quick and friendly, thank you!"_s;
        QTest::newRow("2 without a comment") << 2 << QString();
    }

    void openingAResolvedTicketAsksForARating()
    {
        QFETCH(int, score);
        QFETCH(QString, comment);
        const qint64 id = workedTicket(u"Rating %1"_s.arg(score));
        QVERIFY(id > 0);
        QVERIFY(setStatus(id, u"resolved"_s));

        auto chat = openChat(id);
        FeedbackDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openFeedback(chat.get())), kTimeoutMs);
        QVERIFY(dialog->findChild<QLabel *>(u"feedbackIntro"_s)->text().contains(u"Arun Agent"_s));
        QVERIFY(!dialog->findChild<QLabel *>(u"existingRating"_s)->isVisible());
        QVERIFY(!dialog->findChild<QPushButton *>(u"sendRatingButton"_s)->isEnabled()); // no score chosen yet
        if (score == 5)
            screenshot(dialog, u"feedback-dialog"_s);
        rate(dialog, score, comment);
        QTRY_VERIFY_WITH_TIMEOUT(!openFeedback(chat.get()), kTimeoutMs);

        const QJsonObject rating = storedRating(id);
        QCOMPARE(rating.value(u"score"_s).toInt(), score);
        QCOMPARE(rating.value(u"comment"_s).toString(), comment);
        QCOMPARE(rating.value(u"agentId"_s).toInteger(), m_agentId);

        // Not asked again on the next opening: the rating is given.
        auto again = openChat(id);
        QTRY_VERIFY_WITH_TIMEOUT(again->model()->hasLoaded(), kTimeoutMs);
        QVERIFY(!openFeedback(again.get()));
    }

    void theRatingCanBeChangedUntilClosed()
    {
        const qint64 id = workedTicket(u"Change my rating"_s);
        QVERIFY(id > 0);
        QVERIFY(setStatus(id, u"resolved"_s));
        auto chat = openChat(id);
        FeedbackDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openFeedback(chat.get())), kTimeoutMs);
        rate(dialog, 3, u"It took a while."_s);
        QTRY_VERIFY_WITH_TIMEOUT(!openFeedback(chat.get()), kTimeoutMs);
        QCOMPARE(storedRating(id).value(u"score"_s).toInt(), 3);

        // "Rate your agent…" shows the rating given, to change it.
        auto *rateButton = chat->findChild<QPushButton *>(u"rateButton"_s);
        QVERIFY(rateButton->isVisible());
        QTest::mouseClick(rateButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openFeedback(chat.get())), kTimeoutMs);
        auto *existing = dialog->findChild<QLabel *>(u"existingRating"_s);
        QVERIFY(existing->isVisible());
        QVERIFY2(existing->text().startsWith(u"You rated this 3 of 5"_s), qPrintable(existing->text()));
        QCOMPARE(dialog->score(), 3);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"feedbackComment"_s)->toPlainText(), u"It took a while."_s);
        screenshot(dialog, u"feedback-dialog-change"_s);
        rate(dialog, 4, u"Solved in the end, thanks."_s);
        QTRY_VERIFY_WITH_TIMEOUT(!openFeedback(chat.get()), kTimeoutMs);
        QCOMPARE(storedRating(id).value(u"score"_s).toInt(), 4);
        QCOMPARE(storedRating(id).value(u"comment"_s).toString(), u"Solved in the end, thanks."_s);

        // Closed: the button goes, and the server refuses a change.
        QVERIFY(setStatus(id, u"closed"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!rateButton->isVisible(), kTimeoutMs);
        const Reply late = m_customer->call(methods::ticketRate, {{u"ticketId"_s, id}, {u"score"_s, 1}});
        QVERIFY(!late.ok());
        QCOMPARE(storedRating(id).value(u"score"_s).toInt(), 4);
    }

    void resolvedWhileWatchingAsksAtOnce()
    {
        const qint64 id = workedTicket(u"Resolved live"_s);
        QVERIFY(id > 0);
        auto chat = openChat(id);
        QTRY_VERIFY_WITH_TIMEOUT(chat->model()->hasLoaded(), kTimeoutMs);
        QVERIFY(!openFeedback(chat.get()));
        QVERIFY(setStatus(id, u"resolved"_s));
        FeedbackDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openFeedback(chat.get())), kTimeoutMs);
        screenshot(chat.get(), u"feedback-offered-on-resolution"_s);
        rate(dialog, 5, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!openFeedback(chat.get()), kTimeoutMs);
        QCOMPARE(storedRating(id).value(u"score"_s).toInt(), 5);
    }

    void staffAreNeverAsked()
    {
        const qint64 id = workedTicket(u"Staff view"_s);
        QVERIFY(id > 0);
        QVERIFY(setStatus(id, u"resolved"_s));
        ClientWindow agentWindow(m_server->port());
        agentWindow.logIn(kAgentEmail, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(agentWindow.panelShown(u"staffPanel"_s), kTimeoutMs);
        ChatPanel chat(agentWindow.window().session(), ticketOf(id));
        chat.show();
        QTRY_VERIFY_WITH_TIMEOUT(chat.model()->hasLoaded(), kTimeoutMs);
        QVERIFY(!openFeedback(&chat));
        QVERIFY(!chat.findChild<QPushButton *>(u"rateButton"_s)->isVisible());
    }

    // Ratings feed the agent's statistics, which administrators read in the
    // Agents tab — and which move there live when a customer rates again.
    void adminsSeeTheAgentsRatingsLive()
    {
        ClientWindow adminWindow(m_server->port());
        adminWindow.logIn(kAdminEmail, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(adminWindow.panelShown(u"staffPanel"_s), kTimeoutMs);
        adminWindow.openTab(u"agentsTab"_s);
        auto *view = adminWindow.inPanel<QTableView>(u"agentsView"_s);
        QVERIFY(view);
        auto *model = qobject_cast<AgentPresenceModel *>(view->model());
        QVERIFY(model);
        const auto shownRating = [&] {
            const auto row = model->rowOf(m_agentId);
            return row ? model->index(*row, AgentPresenceModel::RatingColumn).data().toString() : QString();
        };
        // What the server's statistics say, in the words the tab uses.
        const auto expectedRating = [&] {
            const Reply stats = m_admin->call(methods::agentStats);
            for (const auto &agent : stats.result.value(u"agents"_s).toArray()) {
                if (agent[u"agentId"_s].toInteger() == m_agentId) {
                    AgentPresence presence;
                    presence.ratings = agent[u"ratings"_s].toInt();
                    presence.averageScore = agent[u"averageScore"_s].toDouble();
                    return AgentPresenceModel::ratingText(presence);
                }
            }
            return QString();
        };
        const QString before = expectedRating();
        QTRY_COMPARE_WITH_TIMEOUT(shownRating(), before, kTimeoutMs);

        const qint64 id = workedTicket(u"Rated while the admin watches"_s);
        QVERIFY(id > 0);
        QVERIFY(setStatus(id, u"resolved"_s));
        QVERIFY(m_customer->call(methods::ticketRate, {{u"ticketId"_s, id}, {u"score"_s, 1}}).ok());
        const QString after = expectedRating();
        QVERIFY2(after != before, qPrintable(after));
        QTRY_COMPARE_WITH_TIMEOUT(shownRating(), after, kTimeoutMs);
        adminWindow.screenshot(u"agents-ratings"_s);
    }
};

QTEST_MAIN(ClientFeedbackTest)
#include "tst_client_feedback.moc"

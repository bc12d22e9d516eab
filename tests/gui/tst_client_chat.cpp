// The conversation on a ticket through the real chat widgets, offscreen,
// against a real ccr-server: a customer window and an agent window (each a
// whole logged-in client) talk on one ticket and see each other's messages
// as they are sent, the "typing…" line and the Read marks; the agent's
// internal note never reaches the customer; a file the customer attaches
// (one by Attach, one dropped on the panel) reaches the agent, previewed if
// an image, and saves byte for byte; canned responses expand their
// placeholders; a closed ticket stops sending and says why.
// Screenshots land in <build>/tests/gui/screenshots/ for a human to look at.
//
// Tests run in order and continue one conversation.
#include <ClientWindow.h>
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <app/Session.h>
#include <domain/Ticket.h>
#include <models/AttachmentUpload.h>
#include <models/ChatModel.h>
#include <protocol/Messages.h>
#include <ui/CannedPicker.h>
#include <ui/ChatComposer.h>
#include <ui/ChatPanel.h>
#include <ui/MessageBubble.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

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

QStringList bodiesOf(const ChatPanel &panel)
{
    QStringList bodies;
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        bodies.append(panel.model()->messageAt(row).body);
    return bodies;
}

QString lastBody(const ChatPanel &panel)
{
    const int rows = panel.model()->rowCount();
    return rows > 0 ? panel.model()->messageAt(rows - 1).body : QString();
}

QString readMarkOf(MessageBubble *bubble)
{
    auto *mark = bubble ? bubble->findChild<QLabel *>(u"readMark"_s) : nullptr;
    return mark ? mark->text() : QString();
}

} // namespace

class ClientChatTest : public QObject
{
    Q_OBJECT

    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_agentProtocol;
    std::unique_ptr<TestClient> m_customerProtocol;
    std::unique_ptr<ClientWindow> m_customer;
    std::unique_ptr<ClientWindow> m_agent;
    std::unique_ptr<ChatPanel> m_customerChat;
    std::unique_ptr<ChatPanel> m_agentChat;
    qint64 m_agentId = 0;
    qint64 m_ticketId = 0;
    QTemporaryDir m_files;

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        return client->connectTo(m_server->endpoint()) ? std::move(client) : nullptr;
    }

    TicketSummary ticketAsSeenBy(TestClient &client, qint64 ticketId)
    {
        return TicketSummary::fromJson(
            client.call(methods::ticketGet, {{u"ticketId"_s, ticketId}}).result.value(u"ticket"_s).toObject());
    }

    std::unique_ptr<ClientWindow> loggedInWindow(const QString &email, const QString &panel)
    {
        auto window = std::make_unique<ClientWindow>(m_server->port());
        window->logIn(email, kPassword);
        if (!QTest::qWaitFor([&] { return window->panelShown(panel); }, kTimeoutMs))
            return nullptr;
        window->dismissCertificateNotice();
        return window;
    }

    // The chat on a ticket, as the window's logged-in user sees it, in a
    // window of its own beside the client (the ticket view embeds the same).
    static std::unique_ptr<ChatPanel> openChat(ClientWindow &client, const TicketSummary &ticket)
    {
        auto panel = std::make_unique<ChatPanel>(client.window().session(), ticket);
        panel->resize(620, 680);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            qWarning() << "chat window was not exposed";
        return panel;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        QVERIFY(m_files.isValid());
        QVERIFY(m_smtp.start());
        m_server = std::make_unique<ServerProcess>(m_smtp.serverArguments());
        QVERIFY(m_server->createAdmin(kAdminEmail, kPassword));
        QVERIFY(m_server->start());
        m_admin = connected();
        QVERIFY(m_admin && m_admin->login(kAdminEmail, kPassword).ok());

        // An agent through the invitation mail, a customer through the confirmation mail.
        QVERIFY(m_admin
                    ->call(methods::userInvite, {{u"role"_s, u"agent"_s},
                                                 {u"firstName"_s, u"Arun"_s},
                                                 {u"lastName"_s, u"Agent"_s},
                                                 {u"email"_s, kAgentEmail}})
                    .ok());
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(kAgentEmail).isEmpty(); }, kTimeoutMs));
        m_agentProtocol = connected();
        QVERIFY(m_agentProtocol
                    ->call(methods::authAcceptInvitation, {{u"email"_s, kAgentEmail},
                                                           {u"code"_s, m_smtp.latestCodeFor(kAgentEmail)},
                                                           {u"password"_s, kPassword},
                                                           {u"passwordConfirmation"_s, kPassword}})
                    .ok());
        const Reply agentLogin = m_agentProtocol->login(kAgentEmail, kPassword);
        QVERIFY2(agentLogin.ok(), qPrintable(toString(agentLogin)));
        m_agentId = agentLogin.result[u"user"_s][u"id"_s].toInteger();

        m_customerProtocol = connected();
        QVERIFY(m_customerProtocol->registerCustomer(u"Chitra"_s, u"Tester"_s, kCustomerEmail, kPassword).ok());
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(kCustomerEmail).isEmpty(); }, kTimeoutMs));
        QVERIFY(m_customerProtocol->login(kCustomerEmail, kPassword).ok());
        QVERIFY(m_customerProtocol->call(methods::authConfirmEmail, {{u"code"_s, m_smtp.latestCodeFor(kCustomerEmail)}})
                    .ok());

        const Reply raised =
            m_customerProtocol->call(methods::ticketCreate, {{u"subject"_s, u"Printer jams on page two"_s},
                                                             {u"description"_s, u"Every time, since Monday."_s}});
        QVERIFY2(raised.ok(), qPrintable(toString(raised)));
        m_ticketId = raised.result[u"ticket"_s][u"id"_s].toInteger();
        QVERIFY(m_admin->call(methods::ticketAssign, {{u"ticketId"_s, m_ticketId}, {u"agentId"_s, m_agentId}}).ok());

        m_customer = loggedInWindow(kCustomerEmail, u"customerPanel"_s);
        QVERIFY(m_customer);
        m_agent = loggedInWindow(kAgentEmail, u"staffPanel"_s);
        QVERIFY(m_agent);
        m_customerChat = openChat(*m_customer, ticketAsSeenBy(*m_customerProtocol, m_ticketId));
        m_agentChat = openChat(*m_agent, ticketAsSeenBy(*m_agentProtocol, m_ticketId));
        for (ChatPanel *chat : {m_customerChat.get(), m_agentChat.get()})
            QTRY_VERIFY_WITH_TIMEOUT(chat->model()->hasLoaded(), kTimeoutMs);
        auto *empty = m_customerChat->findChild<QLabel *>(u"chatEmptyState"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(!m_customerChat->findChild<QCheckBox *>(u"noteToggle"_s)); // customers write chat only
        QVERIFY(m_agentChat->findChild<QCheckBox *>(u"noteToggle"_s));
    }

    void customerAndAgentSeeEachOthersMessagesAtOnce()
    {
        // The customer writes and sends with Ctrl+Enter.
        QPlainTextEdit *customerEdit = m_customerChat->composer()->editor();
        QTest::keyClicks(customerEdit, u"Hello, the printer jammed again."_s);
        QTest::keyClick(customerEdit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(bodiesOf(*m_customerChat), QStringList{u"Hello, the printer jammed again."_s},
                                  kTimeoutMs);
        QVERIFY(customerEdit->toPlainText().isEmpty());
        // Pushed to the agent: no reload, no click.
        QTRY_COMPARE_WITH_TIMEOUT(bodiesOf(*m_agentChat), QStringList{u"Hello, the printer jammed again."_s},
                                  kTimeoutMs);
        QCOMPARE(m_agentChat->model()->messageAt(0).authorName, u"Chitra Tester"_s);
        QVERIFY(!m_agentChat->bubbles().first()->findChild<QLabel *>(u"readMark"_s)); // not the agent's own

        // The agent starts typing: the customer sees it.
        QPlainTextEdit *agentEdit = m_agentChat->composer()->editor();
        QTest::keyClicks(agentEdit, u"Let me check the firmware version."_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_customerChat->findChild<QLabel *>(u"typingIndicator"_s)->text(),
                                  u"Arun Agent is typing…"_s, kTimeoutMs);
        // The agent's window was showing the conversation: the customer's message is marked read.
        QTRY_COMPARE_WITH_TIMEOUT(readMarkOf(m_customerChat->bubbles().value(0)), u"✓✓ Read"_s, kTimeoutMs);
        screenshot(m_customerChat.get(), u"chat-customer-sees-typing"_s);

        QTest::mouseClick(m_agentChat->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(lastBody(*m_customerChat), u"Let me check the firmware version."_s, kTimeoutMs);
        QCOMPARE(m_customerChat->model()->rowCount(), 2);
        QCOMPARE(m_customerChat->model()->messageAt(1).authorName, u"Arun Agent"_s);
        // A message ends its author's "typing…".
        QVERIFY(m_customerChat->typingText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(readMarkOf(m_agentChat->bubbles().value(1)), u"✓✓ Read"_s, kTimeoutMs);
        QCOMPARE(m_agentChat->model()->rowCount(), 2);
        screenshot(m_customerChat.get(), u"chat-customer"_s);
        screenshot(m_agentChat.get(), u"chat-agent"_s);
    }

    void internalNoteStaysWithStaff()
    {
        const QString note = u"Customer is on the old firmware; ask for the model."_s;
        m_agent->click(m_agentChat->findChild<QCheckBox *>(u"noteToggle"_s));
        auto *send = m_agentChat->findChild<QPushButton *>(u"sendButton"_s);
        QCOMPARE(send->text(), u"Add note"_s);
        QTest::keyClicks(m_agentChat->composer()->editor(), note);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(lastBody(*m_agentChat), note, kTimeoutMs);
        const int noteRow = m_agentChat->model()->rowCount() - 1;
        QVERIFY(m_agentChat->model()->index(noteRow).data(ChatModel::IsNoteRole).toBool());
        MessageBubble *noteBubble = m_agentChat->bubbles().at(noteRow);
        QVERIFY(noteBubble->findChild<QFrame *>(u"noteBubble"_s));
        QVERIFY(noteBubble->findChild<QLabel *>(u"noteLabel"_s)->isVisible());
        // The switch goes back to chat after a note, so the next reply is not hidden by mistake.
        QVERIFY(!m_agentChat->composer()->isNote());
        QCOMPARE(send->text(), u"Send"_s);

        QTest::keyClicks(m_agentChat->composer()->editor(), u"Which printer model is it?"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(lastBody(*m_customerChat), u"Which printer model is it?"_s, kTimeoutMs);
        QVERIFY2(!bodiesOf(*m_customerChat).contains(note), qPrintable(bodiesOf(*m_customerChat).join(u" | "_s)));
        for (int row = 0; row < m_customerChat->model()->rowCount(); ++row)
            QVERIFY(!m_customerChat->model()->index(row).data(ChatModel::IsNoteRole).toBool());
        // Nor in the history a customer loads afresh.
        auto reopened = openChat(*m_customer, ticketAsSeenBy(*m_customerProtocol, m_ticketId));
        QTRY_COMPARE_WITH_TIMEOUT(bodiesOf(*reopened), bodiesOf(*m_customerChat), kTimeoutMs);
        QCOMPARE(reopened->model()->rowCount(), 3);
        screenshot(m_agentChat.get(), u"chat-agent-internal-note"_s);
    }

    void attachmentsReachTheAgentAndSaveByteForByte()
    {
        // An image (previewed) chosen like Attach… does, a binary log dropped on the panel.
        const QString imagePath = m_files.filePath(u"error-screen.png"_s);
        QImage image(320, 200, QImage::Format_RGB32);
        QPainter painter(&image);
        painter.fillRect(image.rect(), QColor(0x2a, 0x6f, 0xdb));
        painter.fillRect(QRect(40, 40, 240, 120), QColor(0xff, 0xd5, 0x4f));
        painter.end();
        QVERIFY(image.save(imagePath));
        const QString logPath = m_files.filePath(u"printer.log"_s);
        QByteArray log(700 * 1024 + 123, Qt::Uninitialized); // several chunks, the last one short
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(log.data()), log.size() / 4);
        QFile logFile(logPath);
        QVERIFY(logFile.open(QIODevice::WriteOnly));
        QCOMPARE(logFile.write(log), log.size());
        logFile.close();

        m_customerChat->attachFiles({imagePath});
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(logPath)});
        const QPoint middle = m_customerChat->rect().center();
        QDragEnterEvent enter(middle, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_customerChat.get(), &enter);
        QVERIFY(enter.isAccepted());
        QVERIFY(m_customerChat->findChild<QLabel *>(u"dropHint"_s)->isVisible());
        QDropEvent drop(QPointF(middle), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_customerChat.get(), &drop);
        QVERIFY(!m_customerChat->findChild<QLabel *>(u"dropHint"_s)->isVisible());

        ChatComposer *composer = m_customerChat->composer();
        QCOMPARE(composer->uploads().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!composer->uploadsRunning(), kTimeoutMs);
        for (AttachmentUpload *upload : composer->uploads())
            QVERIFY2(upload->state() == AttachmentUpload::State::Done, qPrintable(upload->errorText()));
        QCOMPARE(composer->uploads().at(1)->sent(), log.size());
        screenshot(m_customerChat.get(), u"chat-customer-attachments-ready"_s);
        QTest::keyClicks(composer->editor(), u"A photo of the screen and the printer's log."_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(composer->uploads().isEmpty(), kTimeoutMs);

        QTRY_COMPARE_WITH_TIMEOUT(lastBody(*m_agentChat), u"A photo of the screen and the printer's log."_s,
                                  kTimeoutMs);
        const ChatMessage arrived = m_agentChat->model()->messageAt(m_agentChat->model()->rowCount() - 1);
        QCOMPARE(arrived.attachments.size(), 2);
        QCOMPARE(arrived.attachments.at(0).fileName, u"error-screen.png"_s);
        QCOMPARE(arrived.attachments.at(0).mimeType, u"image/png"_s);
        QCOMPARE(arrived.attachments.at(1).fileName, u"printer.log"_s);
        QCOMPARE(arrived.attachments.at(1).size, log.size());
        MessageBubble *bubble = m_agentChat->bubbles().last();
        auto *thumbnail = bubble->findChild<QLabel *>(u"attachmentThumbnail"_s);
        QVERIFY(thumbnail);
        QTRY_VERIFY_WITH_TIMEOUT(!thumbnail->pixmap().isNull(), kTimeoutMs);
        screenshot(m_agentChat.get(), u"chat-agent-attachment-preview"_s);

        // Save… on the log, through the file dialog.
        const auto saveButtons = bubble->findChildren<QPushButton *>(u"saveAttachmentButton"_s);
        QCOMPARE(saveButtons.size(), 2);
        QSignalSpy saved(m_agentChat.get(), &ChatPanel::attachmentSaved);
        QTest::mouseClick(saveButtons.at(1), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_agentChat->findChild<QFileDialog *>(u"saveAttachmentDialog"_s)) && dialog->isVisible());
        const QString target = m_files.filePath(u"saved-by-agent.log"_s);
        dialog->selectFile(target);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button does
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kTimeoutMs);
        QCOMPARE(saved.first().first().toString(), target);
        QFile savedFile(target);
        QVERIFY(savedFile.open(QIODevice::ReadOnly));
        QVERIFY2(savedFile.readAll() == log, "the saved file differs from the one the customer attached");
        QVERIFY(m_agentChat->findChild<QLabel *>(u"chatStatus"_s)->text().startsWith(u"Saved printer.log"_s));
    }

    void cannedResponseExpandsItsPlaceholders()
    {
        const Reply saved = m_agentProtocol->call(
            methods::cannedSave, {{u"title"_s, u"Greeting"_s},
                                  {u"body"_s, u"Hello {{customer.firstName}}, about ticket #{{ticket.id}} "
                                              u"({{ticket.subject}}) — {{agent.firstName}} here."_s},
                                  {u"shared"_s, false}});
        QVERIFY2(saved.ok(), qPrintable(toString(saved)));
        QVERIFY(
            m_agentProtocol
                ->call(methods::cannedSave,
                       {{u"title"_s, u"Closing"_s}, {u"body"_s, u"Anything else I can do?"_s}, {u"shared"_s, false}})
                .ok());

        QPlainTextEdit *edit = m_agentChat->composer()->editor();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Space, Qt::ControlModifier);
        CannedPicker *picker = nullptr;
        QTRY_VERIFY((picker = m_agentChat->findChild<CannedPicker *>()) && picker->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(picker->visibleCount(), 2, kTimeoutMs);
        QTest::keyClicks(picker->filter(), u"greet"_s);
        QCOMPARE(picker->visibleCount(), 1);
        screenshot(picker, u"chat-canned-picker"_s);
        QTest::keyClick(picker->filter(), Qt::Key_Return);
        QTRY_VERIFY(!m_agentChat->findChild<CannedPicker *>());
        QCOMPARE(edit->toPlainText(),
                 u"Hello Chitra, about ticket #%1 (Printer jams on page two) — Arun here."_s.arg(m_ticketId));
        edit->clear();
    }

    void aClosedTicketStopsSendingAndSaysWhy()
    {
        const Reply raised =
            m_customerProtocol->call(methods::ticketCreate, {{u"subject"_s, u"Toner order"_s},
                                                             {u"description"_s, u"Where is my toner order?"_s}});
        QVERIFY(raised.ok());
        const qint64 ticketId = raised.result[u"ticket"_s][u"id"_s].toInteger();
        const TicketSummary open = ticketAsSeenBy(*m_customerProtocol, ticketId);
        auto chat = openChat(*m_customer, open);
        QTRY_VERIFY_WITH_TIMEOUT(chat->model()->hasLoaded(), kTimeoutMs);
        QTest::keyClicks(chat->composer()->editor(), u"Is anyone there?"_s);
        auto *send = chat->findChild<QPushButton *>(u"sendButton"_s);
        QVERIFY(send->isEnabled());

        // Closed elsewhere while the customer is writing: the panel follows ticket.updated.
        const Reply closed =
            m_admin->call(methods::ticketSetStatus, {{u"ticketId"_s, ticketId}, {u"status"_s, u"closed"_s}});
        QVERIFY2(closed.ok(), qPrintable(toString(closed)));
        auto *notice = chat->findChild<QLabel *>(u"closedNotice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kTimeoutMs);
        QVERIFY(notice->text().startsWith(u"This ticket is closed"_s));
        QVERIFY(!send->isEnabled());
        QVERIFY(!chat->findChild<QPushButton *>(u"attachButton"_s)->isEnabled());
        QCOMPARE(chat->composer()->editor()->toPlainText(), u"Is anyone there?"_s); // the draft is kept
        screenshot(chat.get(), u"chat-closed-ticket"_s);

        // A panel that still believes the ticket is open learns it from the server's refusal.
        auto stale = openChat(*m_customer, open);
        QTRY_VERIFY_WITH_TIMEOUT(stale->model()->hasLoaded(), kTimeoutMs);
        QVERIFY(!stale->findChild<QLabel *>(u"closedNotice"_s)->isVisible());
        QTest::keyClicks(stale->composer()->editor(), u"Hello?"_s);
        QTest::keyClick(stale->composer()->editor(), Qt::Key_Return, Qt::ControlModifier);
        auto *error = stale->findChild<QLabel *>(u"composerError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeoutMs);
        QVERIFY2(error->text().startsWith(u"Not sent: "_s), qPrintable(error->text()));
        QVERIFY(stale->findChild<QLabel *>(u"closedNotice"_s)->isVisible());
        QCOMPARE(stale->model()->rowCount(), 0);

        // And one opened on the closed ticket is locked from the start.
        auto later = openChat(*m_customer, ticketAsSeenBy(*m_customerProtocol, ticketId));
        QVERIFY(later->findChild<QLabel *>(u"closedNotice"_s)->isVisible());
        QVERIFY(!later->findChild<QPushButton *>(u"sendButton"_s)->isEnabled());
    }

    void cleanupTestCase()
    {
        m_customerChat.reset();
        m_agentChat.reset();
        m_customer.reset();
        m_agent.reset();
    }
};

QTEST_MAIN(ClientChatTest)
#include "tst_client_chat.moc"

// Keyboard-first work and accessible names, through the real client windows
// against a real ccr-server process: every visible control of every panel of
// each role (and the login pages, the ticket dialogs, the canned responses,
// the invitation) has a name a screen reader can say; Tab walks the main
// forms in reading order; the shortcut keys do what the help says
// (Ctrl+J/Ctrl+K move through the list, Ctrl+R opens the selected ticket and
// puts the cursor in its reply, Ctrl+F jumps to the search, Ctrl+Space offers
// the canned responses, Ctrl+Shift+A/S reach assignment and status); and the
// help dialog lists exactly the registry's commands, each also in a menu.
// Screenshots: keyboard-*.png and shortcuts-dialog-en.png in
// <build>/tests/gui/screenshots/.
#include <ClientWindow.h>
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <app/ShortcutRegistry.h>
#include <models/TicketListModel.h>
#include <protocol/Messages.h>
#include <ui/CannedPicker.h>
#include <ui/CannedResponsesDialog.h>
#include <ui/ChatComposer.h>
#include <ui/ChatPanel.h>
#include <ui/InviteDialog.h>
#include <ui/NewTicketDialog.h>
#include <ui/RaiseForCallerDialog.h>
#include <ui/ShortcutsDialog.h>
#include <ui/TicketDetailView.h>

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ccr::client;
using ccr::protocol::Reply;
namespace methods = ccr::protocol::methods;
using Command = ShortcutRegistry::Command;

namespace {

// Fixture accounts for a throwaway server; not credentials of anything real.
const QString kPassword = u"a long password"_s;
const QString kAdminEmail = u"admin@example.com"_s;
const QString kAgentEmail = u"arun@example.com"_s;
const QString kCustomerEmail = u"priya@example.com"_s;
constexpr int kTimeoutMs = 15000;

QString failure(const Reply &reply)
{
    return reply.ok() ? QString() : reply.error->message;
}

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
           || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QCheckBox *>(widget);
}

// Parts Qt builds inside a control (a combo's list, a spin box's editor, a
// table's headers and corner button) are named through their control.
bool isInsideAControl(const QWidget *widget)
{
    if (qobject_cast<const QHeaderView *>(widget))
        return true;
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (qobject_cast<const QComboBox *>(up) || qobject_cast<const QAbstractSpinBox *>(up)
            || qobject_cast<const QAbstractItemView *>(up))
            return true;
    }
    return false;
}

// What a screen reader says the control is called: its accessible name, for
// buttons and check boxes their text, else the label that is its buddy
// (which Qt exposes as the name). A combo box's current entry is not a name
// (Qt on Linux reports it as one), so combos need a name or a label.
QString exposedName(QWidget *widget)
{
    if (!widget->accessibleName().trimmed().isEmpty())
        return widget->accessibleName();
    if (!qobject_cast<QComboBox *>(widget)) {
        if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget))
            return accessible->text(QAccessible::Name).trimmed();
        return {};
    }
    if (QWidget *parent = widget->parentWidget()) {
        for (QLabel *label : parent->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (label->buddy() == widget && !label->text().trimmed().isEmpty())
                return label->text();
        }
    }
    return {};
}

// Every visible control in window without a name, as "objectName (Class)".
QStringList unnamedControls(QWidget *window)
{
    QStringList offenders;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !isControl(widget) || isInsideAControl(widget))
            continue;
        if (exposedName(widget).isEmpty()) {
            const QString name = widget->objectName().isEmpty() ? u"<no objectName>"_s : widget->objectName();
            offenders.append(u"%1 (%2) in %3"_s.arg(name, QString::fromLatin1(widget->metaObject()->className()),
                                                    widget->parentWidget()->objectName()));
        }
    }
    return offenders;
}

QString report(const QString &where, const QStringList &offenders)
{
    return u"%1: controls without an accessible name:\n  %2"_s.arg(where, offenders.join(u"\n  "_s));
}

// The objectNames focus visits pressing Tab from first, count steps.
QStringList tabWalk(QWidget *first, int count)
{
    first->setFocus(Qt::TabFocusReason);
    QStringList visited{QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString()};
    for (int step = 1; step < count; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString());
    }
    return visited;
}

QWidget *composerEditor(TicketDetailView *detail)
{
    return detail->chat()->composer()->editor();
}

bool activate(QWidget *window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

} // namespace

class ClientKeyboardTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        return client->connectTo(m_server->endpoint()) ? std::move(client) : nullptr;
    }

    std::unique_ptr<ClientWindow> loggedIn(const QString &email)
    {
        auto client = std::make_unique<ClientWindow>(m_server->port());
        client->logIn(email, kPassword);
        if (!QTest::qWaitFor([&] { return client->window().panel() && client->window().panel()->isVisible(); },
                             kTimeoutMs))
            return nullptr;
        client->dismissCertificateNotice();
        return client;
    }

    void press(ClientWindow &client, QKeyCombination key)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &client.window();
        QTest::keyClick(target, key.key(), key.keyboardModifiers());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        QVERIFY(m_smtp.start());
        QStringList arguments = m_smtp.serverArguments();
        arguments << u"--email-confirmation"_s << u"off"_s;
        m_server = std::make_unique<ServerProcess>(arguments);
        QVERIFY(m_server->createAdmin(kAdminEmail, kPassword));
        QVERIFY(m_server->start());
        auto admin = connected();
        QVERIFY(admin && admin->login(kAdminEmail, kPassword).ok());

        const Reply invited = admin->call(methods::userInvite, {{u"role"_s, u"agent"_s},
                                                                {u"firstName"_s, u"Arun"_s},
                                                                {u"lastName"_s, u"Agent"_s},
                                                                {u"email"_s, kAgentEmail}});
        QVERIFY2(invited.ok(), qPrintable(failure(invited)));
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(kAgentEmail).isEmpty(); }, 10000));
        auto agent = connected();
        const Reply accepted =
            agent->call(methods::authAcceptInvitation, {{u"email"_s, kAgentEmail},
                                                        {u"code"_s, m_smtp.latestCodeFor(kAgentEmail)},
                                                        {u"password"_s, kPassword},
                                                        {u"passwordConfirmation"_s, kPassword}});
        QVERIFY2(accepted.ok(), qPrintable(failure(accepted)));
        const Reply agentLogin = agent->login(kAgentEmail, kPassword);
        QVERIFY(agentLogin.ok());
        const qint64 agentId = agentLogin.result[u"user"_s][u"id"_s].toInteger();

        auto customer = connected();
        QVERIFY(customer->registerCustomer(u"Priya"_s, u"Raman"_s, kCustomerEmail, kPassword).ok());
        QVERIFY(customer->login(kCustomerEmail, kPassword).ok());
        // Two tickets, both the agent's, so next/previous have somewhere to go.
        for (const QString &subject : {u"Router keeps restarting"_s, u"Invoice shows twice"_s}) {
            const Reply created = customer->call(
                methods::ticketCreate,
                {{u"subject"_s, subject}, {u"description"_s, u"Details follow."_s}, {u"priority"_s, u"normal"_s}});
            QVERIFY2(created.ok(), qPrintable(failure(created)));
            const qint64 id = created.result[u"ticket"_s][u"id"_s].toInteger();
            const Reply assigned = admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, agentId}});
            QVERIFY2(assigned.ok(), qPrintable(failure(assigned)));
            const Reply message =
                customer->call(methods::messageSend, {{u"ticketId"_s, id}, {u"body"_s, u"Any news on this?"_s}});
            QVERIFY2(message.ok(), qPrintable(failure(message)));
        }
    }

    void loginPagesNameEveryControl()
    {
        ClientWindow client(m_server->port());
        QVERIFY(QTest::qWaitForWindowExposed(&client.window()));
        const QStringList login = unnamedControls(&client.window());
        QVERIFY2(login.isEmpty(), qPrintable(report(u"login page"_s, login)));
        for (const QString &link : {u"createAccountButton"_s, u"forgotPasswordButton"_s, u"invitationButton"_s}) {
            ClientWindow other(m_server->port());
            other.click(u"loginWidget"_s, link);
            QTRY_VERIFY(other.currentPage() != other.page(u"loginWidget"_s));
            const QStringList offenders = unnamedControls(&other.window());
            QVERIFY2(offenders.isEmpty(), qPrintable(report(other.currentPage()->objectName(), offenders)));
        }
    }

    void everyPanelNamesEveryControl_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("customer") << kCustomerEmail;
        QTest::newRow("agent") << kAgentEmail;
        QTest::newRow("admin") << kAdminEmail;
    }

    void everyPanelNamesEveryControl()
    {
        QFETCH(QString, email);
        auto client = loggedIn(email);
        QVERIFY(client);
        QTRY_VERIFY_WITH_TIMEOUT(client->ticketModel()->rowCount() >= 2, kTimeoutMs);
        auto *tabs = client->inPanel<QTabWidget>(u"panelTabs"_s);
        QVERIFY(tabs);
        QStringList offenders;
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            QCoreApplication::processEvents();
            const QString where = tabs->widget(index)->objectName();
            // Tabs that load on first show (settings, people) get their controls first.
            if (where == u"settingsTab"_s || where == u"peopleTab"_s || where == u"mailTab"_s)
                QTest::qWait(0);
            for (const QString &offender : unnamedControls(&client->window()))
                offenders.append(where + u": "_s + offender);
        }
        // A ticket opened from the list: its facts, status buttons and conversation.
        tabs->setCurrentIndex(0);
        auto *view = client->inPanel<QTableView>(u"ticketView"_s);
        Q_EMIT view->activated(view->model()->index(0, 0));
        TicketDetailView *detail = nullptr;
        QTRY_VERIFY((detail = qobject_cast<TicketDetailView *>(tabs->currentWidget())));
        QTRY_VERIFY_WITH_TIMEOUT(!detail->history().isEmpty(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!detail->chat()->bubbles().isEmpty(), kTimeoutMs);
        for (const QString &offender : unnamedControls(&client->window()))
            offenders.append(u"ticket detail: "_s + offender);
        QVERIFY2(offenders.isEmpty(), qPrintable(report(QString::fromLatin1(QTest::currentDataTag()), offenders)));

        if (email != kCustomerEmail) {
            // Staff's canned responses: the picker (Ctrl+Space) and Manage….
            detail->chat()->openCannedPicker();
            CannedPicker *picker = nullptr;
            QTRY_VERIFY((picker = detail->findChild<CannedPicker *>()) && picker->isVisible());
            const QStringList inPicker = unnamedControls(picker);
            QVERIFY2(inPicker.isEmpty(), qPrintable(report(u"canned picker"_s, inPicker)));
            QTest::mouseClick(picker->findChild<QPushButton *>(u"manageCannedButton"_s), Qt::LeftButton);
            CannedResponsesDialog *manager = nullptr;
            QTRY_VERIFY((manager = client->window().findChild<CannedResponsesDialog *>()) && manager->isVisible());
            const QStringList inManager = unnamedControls(manager);
            QVERIFY2(inManager.isEmpty(), qPrintable(report(u"canned responses"_s, inManager)));
            manager->close();
            picker->close();
        }
        if (email == kAdminEmail) {
            client->openTab(u"peopleTab"_s);
            QTest::mouseClick(client->inPanel<QPushButton>(u"inviteAgentButton"_s), Qt::LeftButton);
            InviteDialog *invite = nullptr;
            QTRY_VERIFY((invite = client->window().findChild<InviteDialog *>()) && invite->isVisible());
            const QStringList inInvite = unnamedControls(invite);
            QVERIFY2(inInvite.isEmpty(), qPrintable(report(u"invite dialog"_s, inInvite)));
            invite->close();
        }

        // The dialog each role raises tickets with.
        tabs->setCurrentIndex(0);
        QWidget *dialog = nullptr;
        if (email == kCustomerEmail) {
            QTest::mouseClick(client->inPanel<QPushButton>(u"newTicketButton"_s), Qt::LeftButton);
            QTRY_VERIFY((dialog = client->window().findChild<NewTicketDialog *>()) && dialog->isVisible());
        } else {
            QTest::mouseClick(client->inPanel<QPushButton>(u"raiseForCallerButton"_s), Qt::LeftButton);
            QTRY_VERIFY((dialog = client->window().findChild<RaiseForCallerDialog *>()) && dialog->isVisible());
        }
        const QStringList inDialog = unnamedControls(dialog);
        QVERIFY2(inDialog.isEmpty(), qPrintable(report(dialog->objectName(), inDialog)));
        dialog->close();
    }

    void tabFollowsTheReadingOrder()
    {
        ClientWindow client(m_server->port());
        QVERIFY(activate(&client.window()));
        auto *host = client.on<QLineEdit>(u"loginWidget"_s, u"hostEdit"_s);
        const QStringList login{u"hostEdit"_s,
                                u"portSpin"_s,
                                u"emailEdit"_s,
                                u"passwordEdit"_s,
                                u"forgotPasswordButton"_s,
                                u"rememberMeCheck"_s,
                                u"createAccountButton"_s,
                                u"logInButton"_s,
                                u"invitationButton"_s};
        QCOMPARE(tabWalk(host, int(login.size())), login);

        client.logIn(kCustomerEmail, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(client.panelShown(u"customerPanel"_s), kTimeoutMs);
        client.dismissCertificateNotice();
        QVERIFY(activate(&client.window()));
        QTRY_VERIFY_WITH_TIMEOUT(client.ticketModel()->rowCount() >= 2, kTimeoutMs);
        // The list: the page's action, the filters, the search, then the tickets.
        const QStringList list{u"newTicketButton"_s, u"statusFilter"_s, u"searchEdit"_s, u"ticketView"_s};
        QCOMPARE(tabWalk(client.inPanel<QWidget>(u"newTicketButton"_s), int(list.size())), list);

        QTest::mouseClick(client.inPanel<QPushButton>(u"newTicketButton"_s), Qt::LeftButton);
        NewTicketDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = client.window().findChild<NewTicketDialog *>()) && dialog->isVisible());
        QVERIFY(activate(dialog));
        const QStringList form{u"subjectEdit"_s,   u"descriptionEdit"_s,  u"categoryCombo"_s,
                               u"priorityCombo"_s, u"contactPhoneEdit"_s, u"preferredContactCombo"_s};
        const QStringList walked = tabWalk(dialog->findChild<QWidget *>(u"subjectEdit"_s), int(form.size()));
        QCOMPARE(walked, form);
        // Then the dialog's buttons (their order is the platform's).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(qobject_cast<QPushButton *>(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget()->objectName()));
        dialog->close();

        // A ticket: its own controls first, then the reply and its buttons.
        QVERIFY(activate(&client.window()));
        auto *view = client.inPanel<QTableView>(u"ticketView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 2, kTimeoutMs);
        Q_EMIT view->activated(view->model()->index(0, 0));
        TicketDetailView *detail = nullptr;
        QTRY_VERIFY((
            detail = client.inPanel<TicketDetailView>(u"ticketDetail-%1"_s.arg(client.ticketModel()->ticketAt(0).id))));
        QTRY_VERIFY_WITH_TIMEOUT(!detail->history().isEmpty(), kTimeoutMs);
        // The status buttons the server allows (a customer may have none now), the history, the conversation.
        QStringList detailOrder;
        for (const auto status : detail->allowedStatuses())
            detailOrder.append(u"statusButton-%1"_s.arg(ccr::domain::statusName(status)));
        detailOrder << u"historyView"_s << u"messageScroll"_s;
        const QStringList detailWalk =
            tabWalk(detail->findChild<QWidget *>(detailOrder.first()), int(detailOrder.size()));
        QCOMPARE(detailWalk, detailOrder);
        // …and on through the conversation to the reply.
        QStringList onwards;
        for (int step = 0; step < 40 && QApplication::focusWidget()->objectName() != u"attachButton"_s; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            onwards.append(QApplication::focusWidget()->objectName());
        }
        // The reply, then its Attach button (Send is grey while the reply is empty).
        QVERIFY2(onwards.size() >= 2
                     && onwards.mid(onwards.size() - 2) == QStringList({u"composerEdit"_s, u"attachButton"_s}),
                 qPrintable(onwards.join(u", "_s)));
    }

    void shortcutKeysDoWhatTheHelpSays()
    {
        auto agent = loggedIn(kAgentEmail);
        QVERIFY(agent);
        QVERIFY(activate(&agent->window()));
        auto *view = agent->inPanel<QTableView>(u"ticketView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 2, kTimeoutMs);

        // Ctrl+F: the search field, wherever the focus was.
        press(*agent, Qt::CTRL | Qt::Key_F);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"searchEdit"_s);
        // Ctrl+J / Ctrl+K: next and previous ticket.
        press(*agent, Qt::CTRL | Qt::Key_J);
        QTRY_COMPARE(view->currentIndex().row(), 0);
        press(*agent, Qt::CTRL | Qt::Key_J);
        QTRY_COMPARE(view->currentIndex().row(), 1);
        press(*agent, Qt::CTRL | Qt::Key_K);
        QTRY_COMPARE(view->currentIndex().row(), 0);
        const qint64 selected = agent->ticketModel()->ticketAt(0).id;

        // Ctrl+R from the list: the selected ticket opens with the cursor in its reply.
        press(*agent, Qt::CTRL | Qt::Key_R);
        TicketDetailView *detail = nullptr;
        QTRY_VERIFY((detail = agent->inPanel<TicketDetailView>(u"ticketDetail-%1"_s.arg(selected)))
                    && detail->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), composerEditor(detail));
        agent->screenshot(u"keyboard-reply-focus"_s);

        // Ctrl+R inside the ticket, with the focus elsewhere: back into the composer.
        detail->findChild<QWidget *>(u"historyView"_s)->setFocus();
        QTRY_VERIFY(QApplication::focusWidget() != composerEditor(detail));
        press(*agent, Qt::CTRL | Qt::Key_R);
        QTRY_COMPARE(QApplication::focusWidget(), composerEditor(detail));

        // Ctrl+Space in the composer: the canned responses.
        press(*agent, Qt::CTRL | Qt::Key_Space);
        CannedPicker *picker = nullptr;
        QTRY_VERIFY((picker = detail->findChild<CannedPicker *>()) && picker->isVisible());
        agent->screenshot(u"keyboard-canned-picker"_s);
        picker->close();

        // Ctrl+Shift+S: the first status button takes the focus.
        QTRY_VERIFY_WITH_TIMEOUT(!detail->allowedStatuses().isEmpty(), kTimeoutMs);
        QVERIFY(activate(&agent->window()));
        press(*agent, Qt::CTRL | Qt::SHIFT | Qt::Key_S);
        QTRY_VERIFY(QApplication::focusWidget()
                    && QApplication::focusWidget()->objectName().startsWith(u"statusButton-"_s));
    }

    void assignKeyOpensTheAgentChoice()
    {
        auto admin = loggedIn(kAdminEmail);
        QVERIFY(admin);
        QVERIFY(activate(&admin->window()));
        auto *view = admin->inPanel<QTableView>(u"ticketView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 2, kTimeoutMs);
        press(*admin, Qt::CTRL | Qt::Key_J);
        press(*admin, Qt::CTRL | Qt::Key_R);
        TicketDetailView *detail = nullptr;
        QTRY_VERIFY(
            (detail = qobject_cast<TicketDetailView *>(admin->inPanel<QTabWidget>(u"panelTabs"_s)->currentWidget())));
        auto *assign = detail->findChild<QComboBox *>(u"assignCombo"_s);
        QVERIFY(assign);
        QTRY_VERIFY_WITH_TIMEOUT(assign->count() > 1, kTimeoutMs);
        press(*admin, Qt::CTRL | Qt::SHIFT | Qt::Key_A);
        // The list of agents opens, the keyboard in it.
        QTRY_VERIFY(assign->view()->isVisible());
        QVERIFY(assign->hasFocus() || assign->view()->hasFocus());
        admin->screenshot(u"keyboard-assign-popup"_s);
        assign->hidePopup();
    }

    void helpListsTheRegistryAndMenusShowEveryKey()
    {
        auto agent = loggedIn(kAgentEmail);
        QVERIFY(agent);
        ShortcutRegistry *registry = agent->window().shortcuts();
        agent->window().showShortcutsHelp();
        auto *dialog = agent->window().findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTableWidget *table = dialog->table();
        const auto commands = ShortcutRegistry::commands();
        QCOMPARE(table->rowCount(), int(commands.size()));

        QList<QAction *> inMenus;
        for (QAction *menu : agent->window().menuBar()->actions()) {
            if (menu->menu())
                inMenus += menu->menu()->actions();
        }
        for (int row = 0; row < commands.size(); ++row) {
            const Command command = commands.at(row);
            QAction *action = registry->action(command);
            QCOMPARE(table->item(row, 0)->text(), action->shortcut().toString(QKeySequence::NativeText));
            QCOMPARE(table->item(row, 1)->text(), ShortcutRegistry::plainTitle(command));
            QVERIFY2(table->item(row, 2)->text().startsWith(ShortcutRegistry::description(command)),
                     qPrintable(table->item(row, 2)->text()));
            QVERIFY2(inMenus.contains(action), qPrintable(action->objectName() + u" is in no menu"_s));
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
        }
        QVERIFY(
            dialog->grab().save(QCoreApplication::applicationDirPath() + u"/screenshots/shortcuts-dialog-en.png"_s));
        dialog->close();
    }

private:
    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;
};

QTEST_MAIN(ClientKeyboardTest)
#include "tst_client_keyboard.moc"

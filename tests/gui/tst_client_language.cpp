// Switching the client's language while it runs (View → Language), with no
// restart: the login page, the menus and the window title change at once,
// the choice is remembered for the next start, and dates follow the chosen
// locale. Then each role's whole window, logged in to a real server, goes
// English → Tamil → Hindi → English: every main panel's tab titles, headings,
// buttons, placeholders, list headers, filter entries, the opened ticket and
// its conversation follow at once, dates in the language's locale.
// Screenshots of the login page and of every panel per language land in
// <build>/tests/gui/screenshots/.
#include <ClientWindow.h>
#include <InMemoryTokenVault.h>
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <app/ClientSettings.h>
#include <app/Translations.h>
#include <models/TicketListModel.h>
#include <protocol/Messages.h>
#include <ui/ShortcutsDialog.h>
#include <ui/TicketDetailView.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ccr::client;

namespace {
// The login page needs no server until someone logs in.
constexpr quint16 kUnusedPort = 7999;

QString translated(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

QAction *languageAction(ClientWindow &client, const QString &code)
{
    return client.window().findChild<QAction *>(u"languageAction_"_s + code);
}

// Fixture accounts for a throwaway server; not credentials of anything real.
const QString kPassword = u"a long password"_s;
const QString kAdminEmail = u"admin@example.com"_s;
const QString kAgentEmail = u"arun@example.com"_s;
const QString kCustomerEmail = u"priya@example.com"_s;
constexpr int kTimeoutMs = 15000;

// One text a person sees, and the English it is translated from.
struct Probe
{
    QString objectName; // a widget in the panel, or "tab:<page objectName>"
    const char *context;
    const char *source;
};

// What a widget shows: a button's or label's text, a group's title, an
// editor's placeholder, a combo's first entry.
QString shownText(QWidget *widget)
{
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        return button->text();
    if (auto *label = qobject_cast<QLabel *>(widget))
        return label->text();
    if (auto *group = qobject_cast<QGroupBox *>(widget))
        return group->title();
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return line->placeholderText();
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        return text->placeholderText();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->itemText(0);
    return u"<%1 shows no text>"_s.arg(QString::fromLatin1(widget->metaObject()->className()));
}

QString shownText(ClientWindow &client, const QString &objectName)
{
    auto *tabs = client.inPanel<QTabWidget>(u"panelTabs"_s);
    if (objectName.startsWith(u"tab:"_s)) {
        QWidget *page = tabs->findChild<QWidget *>(objectName.mid(4));
        return page ? tabs->tabText(tabs->indexOf(page)) : u"<no tab %1>"_s.arg(objectName);
    }
    QWidget *widget = client.window().findChild<QWidget *>(objectName);
    return widget ? shownText(widget) : u"<no widget %1>"_s.arg(objectName);
}

QList<Probe> probesFor(const QString &role)
{
    QList<Probe> probes{
        {u"tab:profileTab"_s, "ccr::client::CustomerPanel", "Profile"},
        {u"statusFilter"_s, "ccr::client::TicketFilterBar", "All statuses"},
        {u"profileDetailsForm"_s, "ccr::client::ProfileDetailsForm", "Your details"},
        {u"saveProfileButton"_s, "ccr::client::ProfileDetailsForm", "Save changes"},
        {u"changePasswordForm"_s, "ccr::client::ChangePasswordForm", "Change password"},
        {u"statusActions"_s, "ccr::client::TicketDetailView", "Change status"},
        {u"composerEdit"_s, "ccr::client::ChatComposer", "Write a message…"},
        {u"sendButton"_s, "ccr::client::ChatComposer", "Send"},
        {u"attachButton"_s, "ccr::client::ChatComposer", "Attach…"},
    };
    if (role == u"customer"_s) {
        probes += {{u"tab:myTicketsTab"_s, "ccr::client::CustomerPanel", "My tickets"},
                   {u"ticketsHeading"_s, "ccr::client::CustomerPanel", "My tickets"},
                   {u"newTicketButton"_s, "ccr::client::CustomerPanel", "New ticket"},
                   {u"searchEdit"_s, "ccr::client::TicketFilterBar", "Search my tickets and messages"}};
        return probes;
    }
    probes[0].context = "ccr::client::StaffPanel";
    probes += {{u"raiseForCallerButton"_s, "ccr::client::TicketsPage", "Raise for a caller…"},
               {u"searchEdit"_s, "ccr::client::TicketFilterBar", "Search subjects, descriptions and messages"},
               {u"priorityFilter"_s, "ccr::client::TicketFilterBar", "All priorities"},
               {u"noteToggle"_s, "ccr::client::ChatComposer", "Internal note"}};
    if (role == u"agent"_s) {
        probes += {{u"tab:ticketsPage"_s, "ccr::client::StaffPanel", "Tickets"},
                   {u"myQueueButton"_s, "ccr::client::TicketFilterBar", "My queue"},
                   {u"presenceCombo"_s, "ccr::client::TicketWords", "Online"}};
        return probes;
    }
    probes += {{u"tab:ticketsPage"_s, "ccr::client::StaffPanel", "All tickets"},
               {u"tab:peopleTab"_s, "ccr::client::StaffPanel", "People"},
               {u"tab:mailTab"_s, "ccr::client::StaffPanel", "Mail"},
               {u"tab:agentsTab"_s, "ccr::client::AgentsTab", "Agents"},
               {u"tab:settingsTab"_s, "ccr::client::SettingsTab", "Settings"},
               {u"inviteAgentButton"_s, "ccr::client::PeopleTab", "Invite agent…"},
               {u"refreshOutboxButton"_s, "ccr::client::MailTab", "Refresh"},
               {u"saveSmtpButton"_s, "ccr::client::SmtpSettingsForm", "Save mail settings"},
               {u"saveSlaButton"_s, "ccr::client::SlaSettingsForm", "Save targets"},
               {u"slaSettingsForm"_s, "ccr::client::SlaSettingsForm", "Service level targets"},
               {u"assignButton"_s, "ccr::client::TicketDetailView", "Reassign"}};
    return probes;
}
} // namespace

class ClientLanguageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Lohit/Noto fonts render Tamil and Hindi where installed; the family
        // falls back per script.
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));

        // A server with one person per role and a ticket the agent works on.
        QVERIFY(m_smtp.start());
        QStringList arguments = m_smtp.serverArguments();
        arguments << u"--email-confirmation"_s << u"off"_s;
        m_server = std::make_unique<ServerProcess>(arguments);
        QVERIFY(m_server->createAdmin(kAdminEmail, kPassword));
        QVERIFY(m_server->start());
        TestClient admin;
        QVERIFY(admin.connectTo(m_server->endpoint()) && admin.login(kAdminEmail, kPassword).ok());
        namespace methods = ccr::protocol::methods;
        QVERIFY(admin
                    .call(methods::userInvite, {{u"role"_s, u"agent"_s},
                                                {u"firstName"_s, u"Arun"_s},
                                                {u"lastName"_s, u"Agent"_s},
                                                {u"email"_s, kAgentEmail}})
                    .ok());
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(kAgentEmail).isEmpty(); }, 10000));
        TestClient agent;
        QVERIFY(agent.connectTo(m_server->endpoint()));
        QVERIFY(agent
                    .call(methods::authAcceptInvitation, {{u"email"_s, kAgentEmail},
                                                          {u"code"_s, m_smtp.latestCodeFor(kAgentEmail)},
                                                          {u"password"_s, kPassword},
                                                          {u"passwordConfirmation"_s, kPassword}})
                    .ok());
        const auto agentLogin = agent.login(kAgentEmail, kPassword);
        QVERIFY(agentLogin.ok());
        TestClient customer;
        QVERIFY(customer.connectTo(m_server->endpoint()));
        QVERIFY(customer.registerCustomer(u"Priya"_s, u"Raman"_s, kCustomerEmail, kPassword).ok());
        QVERIFY(customer.login(kCustomerEmail, kPassword).ok());
        const auto created = customer.call(methods::ticketCreate, {{u"subject"_s, u"Router keeps restarting"_s},
                                                                   {u"description"_s, u"Since Monday."_s},
                                                                   {u"priority"_s, u"high"_s}});
        QVERIFY(created.ok());
        const qint64 ticketId = created.result[u"ticket"_s][u"id"_s].toInteger();
        QVERIFY(admin
                    .call(methods::ticketAssign, {{u"ticketId"_s, ticketId},
                                                  {u"agentId"_s, agentLogin.result[u"user"_s][u"id"_s].toInteger()}})
                    .ok());
        QVERIFY(customer.call(methods::messageSend, {{u"ticketId"_s, ticketId}, {u"body"_s, u"Any news?"_s}}).ok());
    }

    void loginPageFollowsTheLanguageAtOnce_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("logIn");
        QTest::addColumn<QString>("email");
        QTest::newRow("Tamil") << u"ta"_s << u"உள்நுழை"_s << u"மின்னஞ்சல்"_s;
        QTest::newRow("Hindi") << u"hi"_s << u"लॉग इन करें"_s << u"ईमेल"_s;
        QTest::newRow("English") << u"en"_s << u"Log in"_s << u"Email"_s;
    }

    void loginPageFollowsTheLanguageAtOnce()
    {
        QFETCH(QString, code);
        QFETCH(QString, logIn);
        QFETCH(QString, email);
        ClientWindow client(kUnusedPort);
        auto *button = client.on<QPushButton>(u"loginWidget"_s, u"logInButton"_s);
        auto *emailLabel = client.on<QLabel>(u"loginWidget"_s, u"emailLabel"_s);
        QCOMPARE(button->text(), u"Log in"_s); // a fresh profile follows the system (English here)

        QAction *choice = languageAction(client, code);
        QVERIFY2(choice, qPrintable(code));
        choice->trigger();
        QCOMPARE(LanguageManager::instance()->language(), code);
        // LanguageChange events are posted: the texts change as soon as they are delivered.
        QTRY_COMPARE(button->text(), logIn);
        QCOMPARE(emailLabel->text(), email);
        QCOMPARE(client.window().windowTitle(), translated("ccr::client::MainWindow", "Customer Care Registry"));
        QCOMPARE(client.window().menuBar()->actions().first()->text(),
                 translated("ccr::client::MainWindow", "&Account"));
        QCOMPARE(client.window().findChild<QAction *>(u"logOutAction"_s)->text(),
                 translated("ccr::client::ShortcutRegistry", "Log &out"));
        if (code != u"en"_s) {
            QVERIFY(client.window().windowTitle() != u"Customer Care Registry"_s);
            QVERIFY(client.window().menuBar()->actions().first()->text() != u"&Account"_s);
        }
        QVERIFY(choice->isChecked());
        // Dates in the chosen language's locale.
        QCOMPARE(QLocale().language(), QLocale(code).language());
        client.screenshot(u"login-"_s + code);

        // Remembered: the next start of this profile speaks it from the first frame.
        QCOMPARE(ClientSettings(client.settingsDir()).language(), code);
        InMemoryTokenVault vault;
        ClientWindow again(kUnusedPort, client.settingsDir(), &vault);
        QCOMPARE(again.on<QPushButton>(u"loginWidget"_s, u"logInButton"_s)->text(), logIn);
        QVERIFY(languageAction(again, code)->isChecked());

        // Back to the system's language for the next row.
        languageAction(client, u"system"_s)->trigger();
        QTRY_COMPARE(button->text(), u"Log in"_s);
        QVERIFY(ClientSettings(client.settingsDir()).language().isEmpty());
    }

    void everyPanelOfEveryRoleFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("email");
        QTest::newRow("customer") << u"customer"_s << kCustomerEmail;
        QTest::newRow("agent") << u"agent"_s << kAgentEmail;
        QTest::newRow("admin") << u"admin"_s << kAdminEmail;
    }

    void everyPanelOfEveryRoleFollowsTheLanguage()
    {
        QFETCH(QString, role);
        QFETCH(QString, email);
        ClientWindow client(m_server->port());
        client.logIn(email, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(client.window().panel() && client.window().panel()->isVisible(), kTimeoutMs);
        client.dismissCertificateNotice();
        auto *tabs = client.inPanel<QTabWidget>(u"panelTabs"_s);
        QVERIFY(tabs);
        TicketListModel *model = client.ticketModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 1, kTimeoutMs);
        // The ticket opened beside the list, its conversation loaded.
        auto *view = client.inPanel<QTableView>(u"ticketView"_s);
        Q_EMIT view->activated(view->model()->index(0, 0));
        TicketDetailView *detail = nullptr;
        QTRY_VERIFY((detail = qobject_cast<TicketDetailView *>(tabs->currentWidget())));
        QTRY_VERIFY_WITH_TIMEOUT(!detail->history().isEmpty(), kTimeoutMs);
        const int detailTab = tabs->indexOf(detail);

        for (const QString &code : {u"ta"_s, u"hi"_s, u"en"_s}) {
            languageAction(client, code)->trigger();
            QCOMPARE(LanguageManager::instance()->language(), code);
            // LanguageChange is posted: the texts change once it is delivered.
            QTRY_COMPARE(shownText(client, u"statusFilter"_s),
                         translated("ccr::client::TicketFilterBar", "All statuses"));
            QStringList wrong;
            for (const Probe &probe : probesFor(role)) {
                const QString expected = translated(probe.context, probe.source);
                const QString shown = shownText(client, probe.objectName);
                if (shown != expected)
                    wrong.append(u"%1 shows \"%2\", expected \"%3\""_s.arg(probe.objectName, shown, expected));
                else if (code != u"en"_s && shown == QString::fromUtf8(probe.source))
                    wrong.append(u"%1 is still English: \"%2\""_s.arg(probe.objectName, shown));
            }
            QVERIFY2(wrong.isEmpty(), qPrintable(code + u":\n  "_s + wrong.join(u"\n  "_s)));
            // The list's headers and dates, and the window's menus.
            QCOMPARE(model->headerData(TicketListModel::SubjectColumn, Qt::Horizontal).toString(),
                     translated("ccr::client::TicketListModel", "Subject"));
            QCOMPARE(model->index(0, TicketListModel::UpdatedColumn).data().toString(),
                     QLocale().toString(model->ticketAt(0).updatedAt.toLocalTime(), QLocale::ShortFormat));
            QCOMPARE(QLocale().language(), QLocale(code).language());
            QCOMPARE(client.window().menuBar()->actions().at(1)->text(),
                     translated("ccr::client::MainWindow", "&Tickets"));

            // Every main panel as a person sees it in this language.
            for (int index = 0; index < tabs->count(); ++index) {
                tabs->setCurrentIndex(index);
                const QString page = index == detailTab ? u"ticket"_s : tabs->widget(index)->objectName();
                client.screenshot(u"language-%1-%2-%3"_s.arg(role, page, code));
            }
            tabs->setCurrentIndex(0);
        }
        languageAction(client, u"system"_s)->trigger();
    }

    void shortcutsHelpListsEveryCommand()
    {
        ClientWindow client(kUnusedPort);
        client.window().showShortcutsHelp();
        auto *dialog = client.window().findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTableWidget *table = dialog->table();
        QStringList keys;
        for (int row = 0; row < table->rowCount(); ++row)
            keys.append(table->item(row, 0)->text());
        const QStringList expected{u"Ctrl+N"_s,     u"Ctrl+F"_s, u"F5"_s,           u"Ctrl+J"_s,
                                   u"Ctrl+K"_s,     u"Ctrl+R"_s, u"Ctrl+Shift+A"_s, u"Ctrl+Shift+S"_s,
                                   u"Ctrl+Space"_s, u"Ctrl+L"_s, u"Ctrl+Q"_s,       u"F1"_s};
        QCOMPARE(keys, expected);

        languageAction(client, u"ta"_s)->trigger();
        QTRY_COMPARE(dialog->windowTitle(), translated("ccr::client::ShortcutsDialog", "Keyboard shortcuts"));
        QVERIFY(dialog->windowTitle() != u"Keyboard shortcuts"_s);
        // The mnemonic goes, in either form ("(&N)" where it would split a syllable).
        QCOMPARE(table->item(0, 1)->text(), u"புதிய டிக்கெட்…"_s);
        client.screenshot(u"shortcuts-help-ta"_s);
        QVERIFY(
            dialog->grab().save(QCoreApplication::applicationDirPath() + u"/screenshots/shortcuts-dialog-ta.png"_s));
        languageAction(client, u"system"_s)->trigger();
    }

private:
    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;
};

QTEST_MAIN(ClientLanguageTest)
#include "tst_client_language.moc"

// Switching the client's language while it runs (View → Language), with no
// restart: the login page, the menus and the window title change at once,
// the choice is remembered for the next start, and dates follow the chosen
// locale. A screenshot of the login page per language.
#include <ClientWindow.h>
#include <InMemoryTokenVault.h>

#include <app/ClientSettings.h>
#include <app/Translations.h>
#include <ui/ShortcutsDialog.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

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
};

QTEST_MAIN(ClientLanguageTest)
#include "tst_client_language.moc"

// What ccr-client does before its window appears: reading the command line,
// and finding its embedded translations.
#include <app/ClientOptions.h>
#include <app/ClientSettings.h>
#include <app/Translations.h>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ccr::client::ClientOptions;
using ccr::client::ClientSettings;

class ClientStartupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLineOptions()
    {
        const auto options =
            ClientOptions::fromArguments({u"ccr-client"_s, u"--host"_s, u"help.example.com"_s, u"--port"_s, u"7000"_s,
                                          u"--plain"_s, u"--settings-dir"_s, u"/tmp/ccr-profile"_s});
        QVERIFY(options.has_value());
        QCOMPARE(options->host, u"help.example.com"_s);
        QCOMPARE(options->port, std::optional<quint16>(7000));
        QVERIFY(!options->tls);
        QCOMPARE(options->settingsDir, u"/tmp/ccr-profile"_s);
    }

    void defaultsAreTlsAndRememberedServer()
    {
        const auto options = ClientOptions::fromArguments({u"ccr-client"_s});
        QVERIFY(options.has_value());
        QVERIFY(options->tls);
        QVERIFY(options->host.isEmpty());
        QVERIFY(!options->port.has_value());
        QVERIFY(!ClientOptions::fromArguments({u"ccr-client"_s, u"--port"_s, u"70000"_s}).has_value());
    }

    void settingsRememberTheServer()
    {
        QTemporaryDir dir;
        {
            const ClientSettings fresh(dir.path());
            QCOMPARE(fresh.lastHost(), u"127.0.0.1"_s);
            QCOMPARE(fresh.lastPort(), ClientSettings::kDefaultPort);
            QCOMPARE(fresh.trustStorePath(), dir.filePath(u"known_servers.ini"_s));
        }
        ClientSettings(dir.path()).rememberServer(u"help.example.com"_s, 7001);
        const ClientSettings again(dir.path());
        QCOMPARE(again.lastHost(), u"help.example.com"_s);
        QCOMPARE(again.lastPort(), quint16(7001));
    }

    void translationsAreEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Tamil") << u"ta"_s;
        QTest::newRow("Hindi") << u"hi"_s;
    }

    void translationsAreEmbedded()
    {
        QFETCH(QString, language);
        QVERIFY(QFile::exists(u":/i18n/ccr_client_%1.qm"_s.arg(language)));
    }

    void tamilAndHindiTranslateKeyStrings_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("Tamil") << u"ta_IN"_s;
        QTest::newRow("Hindi") << u"hi_IN"_s;
    }

    void tamilAndHindiTranslateKeyStrings()
    {
        QFETCH(QString, locale);
        QVERIFY(ccr::client::installTranslations(*QCoreApplication::instance(), QLocale(locale)));
        for (const auto &[context, text] :
             {std::pair{"ccr::client::LoginWidget", "Log in"}, std::pair{"ccr::client::CustomerPanel", "New ticket"},
              std::pair{"ccr::client::TicketListModel", "Open"},
              std::pair{"ccr::client::LoginWidget", "Forgot password?"},
              std::pair{"ccr::client::EmailConfirmationBanner", "Send a new code"},
              std::pair{"ccr::client::PendingApprovalWidget", "Waiting for approval"},
              std::pair{"ccr::client::PeopleTab", "Approve"},
              std::pair{"ccr::client::ProfileDetailsForm", "Your details"}}) {
            const QString translated = QCoreApplication::translate(context, text);
            QVERIFY2(!translated.isEmpty() && translated != QLatin1String(text), text);
        }
    }
};

QTEST_GUILESS_MAIN(ClientStartupTest)
#include "tst_client_startup.moc"

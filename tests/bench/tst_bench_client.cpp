#include <ServerProcess.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// ccr-bench-client still works end to end: a few start-ups of ccr-client
// and a few pages scrolled in the admin's list over a small seeded store,
// against a real server. Only that it ran and reported figures; never how
// fast.
class TestBenchClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startupAndScrollAreMeasured();
};

void TestBenchClient::startupAndScrollAreMeasured()
{
    ServerProcess server;
    const QString adminEmail = u"bench-admin@example.com"_s;
    const QString adminPassword = u"Client-%1"_s.arg(QRandomGenerator::system()->generate64(), 0, 16);
    QVERIFY(server.createAdmin(adminEmail, adminPassword));
    QProcess seed;
    seed.setProcessChannelMode(QProcess::MergedChannels);
    seed.start(QStringLiteral(CCR_BENCH_SEED_BINARY), {u"--data-dir"_s, server.dataDir(), u"--tickets"_s, u"600"_s,
                                                       u"--customers"_s, u"50"_s, u"--agents"_s, u"4"_s});
    QVERIFY(seed.waitForFinished(120'000));
    QVERIFY2(seed.exitStatus() == QProcess::NormalExit && seed.exitCode() == 0, seed.readAll().constData());
    QVERIFY(server.start());

    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString jsonFile = work.filePath(u"client.json"_s);
    QStringList arguments{u"--port"_s,         QString::number(server.port()),
                          u"--startup-runs"_s, u"2"_s,
                          u"--scroll-pages"_s, u"3"_s,
                          u"--duration-s"_s,   u"60"_s,
                          u"--admin-email"_s,  adminEmail,
                          u"--json"_s,         jsonFile};
    if (!server.tls())
        arguments << u"--plain"_s;
    QProcess bench;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CCR_BENCH_ADMIN_PASSWORD"_s, adminPassword);
    bench.setProcessEnvironment(environment);
    bench.setProcessChannelMode(QProcess::MergedChannels);
    bench.start(QStringLiteral(CCR_BENCH_CLIENT_BINARY), arguments);
    QVERIFY(bench.waitForFinished(180'000));
    const QByteArray output = bench.readAll();
    QVERIFY2(bench.exitStatus() == QProcess::NormalExit && bench.exitCode() == 0, output.constData());
    qInfo().noquote() << output; // the figures, for a human reading the log

    QFile file(jsonFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject startup = report[u"startup"_s].toObject();
    QCOMPARE(startup[u"failures"_s].toInt(-1), 0);
    QCOMPARE(startup[u"wallMs"_s][u"samples"_s].toInt(), 2);
    const QJsonObject scroll = report[u"scroll"_s].toObject();
    QVERIFY2(scroll[u"error"_s].toString().isEmpty(), output.constData());
    QCOMPARE(scroll[u"pages"_s].toInt(), 3);
    QVERIFY2(scroll[u"rows"_s].toInt() > 50, output.constData()); // the first page and three more
    QVERIFY(scroll[u"guiLatenessMs"_s][u"samples"_s].toInt() > 0);
}

QTEST_GUILESS_MAIN(TestBenchClient)
#include "tst_bench_client.moc"

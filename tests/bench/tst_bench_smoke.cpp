#include <ServerProcess.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// ccr-bench and ccr-bench-seed still work end to end: a tiny seeded store, a
// real server, every scenario with small N. Only that it ran, produced JSON
// with every scenario and saw no errors; never how fast.
class TestBenchSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyScenarioRunsWithoutErrors();
};

void TestBenchSmoke::everyScenarioRunsWithoutErrors()
{
    ServerProcess server;
    const QString adminEmail = u"bench-admin@example.com"_s;
    const QString adminPassword = u"Smoke-%1"_s.arg(QRandomGenerator::system()->generate64(), 0, 16);
    QVERIFY(server.createAdmin(adminEmail, adminPassword));

    QProcess seed;
    seed.setProcessChannelMode(QProcess::MergedChannels);
    seed.start(QStringLiteral(CCR_BENCH_SEED_BINARY),
               {u"--data-dir"_s, server.dataDir(), u"--tickets"_s, u"2000"_s, u"--customers"_s, u"100"_s, u"--agents"_s,
                u"5"_s, u"--batch"_s, u"500"_s});
    QVERIFY(seed.waitForFinished(120'000));
    const QByteArray seedOutput = seed.readAll();
    QVERIFY2(seed.exitStatus() == QProcess::NormalExit && seed.exitCode() == 0, seedOutput.constData());
    QVERIFY2(seedOutput.contains("tickets 2000"), seedOutput.constData());

    QVERIFY(server.start());
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString jsonFile = work.filePath(u"bench.json"_s);
    QStringList arguments{u"--port"_s,        QString::number(server.port()),
                          u"--scenario"_s,    u"all"_s,
                          u"--clients"_s,     u"3"_s,
                          u"--pipeline"_s,    u"2"_s,
                          u"--requests"_s,    u"20"_s,
                          u"--subscribers"_s, u"10"_s,
                          u"--duration-s"_s,  u"20"_s,
                          u"--admin-email"_s, adminEmail,
                          u"--json"_s,        jsonFile,
                          u"--floor-dir"_s,   work.path()};
    if (!server.tls())
        arguments << u"--plain"_s;
    QProcess bench;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CCR_BENCH_ADMIN_PASSWORD"_s, adminPassword);
    bench.setProcessEnvironment(environment);
    bench.setProcessChannelMode(QProcess::MergedChannels);
    bench.start(QStringLiteral(CCR_BENCH_BINARY), arguments);
    QVERIFY(bench.waitForFinished(240'000));
    const QByteArray benchOutput = bench.readAll();
    QVERIFY2(bench.exitStatus() == QProcess::NormalExit && bench.exitCode() == 0, benchOutput.constData());

    QFile file(jsonFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(report.value(u"floors"_s).toObject().contains(u"tcpRoundTrip"_s));
    QStringList seen;
    for (const QJsonValue &value : report.value(u"scenarios"_s).toArray()) {
        const QJsonObject scenario = value.toObject();
        const QString name = scenario.value(u"name"_s).toString();
        seen << name;
        QVERIFY2(scenario.value(u"errors"_s).toInteger(-1) == 0, qPrintable(name));
        QVERIFY2(scenario.value(u"ok"_s).toInteger() > 0, qPrintable(name));
    }
    const QStringList expected{u"ping"_s,        u"login"_s,     u"create"_s, u"open"_s,   u"list"_s,
                               u"list-filter"_s, u"list-sort"_s, u"search"_s, u"fanout"_s, u"chat"_s};
    QCOMPARE(seen, expected);
}

QTEST_GUILESS_MAIN(TestBenchSmoke)
#include "tst_bench_smoke.moc"

// The "about to breach" window (tickets/SlaWarnings.h): a fifth of the
// target, at least five minutes, never more than half the target — the
// warning moment is the deadline minus that window.
#include <tickets/SlaWarnings.h>

#include <QTest>

namespace {
constexpr qint64 kMinute = 60 * 1000;
} // namespace

class SlaWarningWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowBeforeTheDeadline_data()
    {
        QTest::addColumn<qint64>("targetMs");
        QTest::addColumn<qint64>("windowMs");
        QTest::newRow("urgent first response: a fifth") << 30 * kMinute << 6 * kMinute;
        QTest::newRow("low resolution: a fifth of 72 h") << 72 * 60 * kMinute << (14 * 60 + 24) * kMinute;
        QTest::newRow("25 minutes: exactly five") << 25 * kMinute << 5 * kMinute;
        QTest::newRow("15 minutes: at least five") << 15 * kMinute << 5 * kMinute;
        QTest::newRow("10 minutes: five, also half") << 10 * kMinute << 5 * kMinute;
        QTest::newRow("8 minutes: at most half") << 8 * kMinute << 4 * kMinute;
        QTest::newRow("1 minute: half") << kMinute << kMinute / 2;
        QTest::newRow("no time at all") << qint64(0) << qint64(0);
    }

    void windowBeforeTheDeadline()
    {
        QFETCH(qint64, targetMs);
        QFETCH(qint64, windowMs);
        const qint64 start = 1'764'000'000'000; // any moment: only differences count
        const qint64 due = start + targetMs;
        QCOMPARE(due - ccr::server::slaWarningAt(start, due), windowMs);
    }
};

QTEST_GUILESS_MAIN(SlaWarningWindowTest)
#include "tst_sla_warning_window.moc"

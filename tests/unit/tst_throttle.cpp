// The attempt throttle's policy: free failures, growing waits, the lock, and
// that an address is judged more loosely than an account.
#include <net/AttemptThrottle.h>

#include <QTest>

using namespace Qt::StringLiterals;
using ccr::server::AttemptThrottle;

class ThrottleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitGrowsWithFailures_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("expectedWait");
        // Policy: 3 free, then 1, 2, 4 ... seconds, locked (900 s) at 10.
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("3 are free") << 3 << 0;
        QTest::newRow("4th waits 1 s") << 4 << 1;
        QTest::newRow("5th waits 2 s") << 5 << 2;
        QTest::newRow("6th waits 4 s") << 6 << 4;
        QTest::newRow("9th waits 32 s") << 9 << 32;
        QTest::newRow("10th locks") << 10 << 900;
    }

    void waitGrowsWithFailures()
    {
        QFETCH(int, failures);
        QFETCH(int, expectedWait);
        AttemptThrottle throttle;
        const QString account = AttemptThrottle::accountKey(u"a@example.com"_s);
        for (int i = 0; i < failures; ++i)
            throttle.recordFailure({account});
        QCOMPARE(throttle.waitSeconds({account}), expectedWait);
    }

    void successForgetsTheAccount()
    {
        AttemptThrottle throttle;
        const QString account = AttemptThrottle::accountKey(u"a@example.com"_s);
        for (int i = 0; i < 6; ++i)
            throttle.recordFailure({account});
        QVERIFY(throttle.waitSeconds({account}) > 0);
        throttle.recordSuccess(account);
        QCOMPARE(throttle.waitSeconds({account}), 0);
    }

    void oneKeyDoesNotSlowAnother()
    {
        AttemptThrottle throttle;
        for (int i = 0; i < 10; ++i)
            throttle.recordFailure({AttemptThrottle::accountKey(u"a@example.com"_s)});
        QCOMPARE(throttle.waitSeconds({AttemptThrottle::accountKey(u"b@example.com"_s)}), 0);
    }

    void addressesAreJudgedMoreLoosely()
    {
        AttemptThrottle throttle;
        const QString address = AttemptThrottle::addressKey(u"10.0.0.1"_s);
        for (int i = 0; i < 10; ++i)
            throttle.recordFailure({address});
        QCOMPARE(throttle.waitSeconds({address}), 0);
        for (int i = 10; i < AttemptThrottle::addressPolicy().lockAfter; ++i)
            throttle.recordFailure({address});
        QCOMPARE(throttle.waitSeconds({address}), AttemptThrottle::addressPolicy().lockSeconds);
    }

    void theLongestWaitOfAllKeysCounts()
    {
        AttemptThrottle throttle;
        const QString account = AttemptThrottle::accountKey(u"a@example.com"_s);
        const QString address = AttemptThrottle::addressKey(u"10.0.0.1"_s);
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure({account, address});
        QCOMPARE(throttle.waitSeconds({account, address}), 2);
    }
};

QTEST_GUILESS_MAIN(ThrottleTest)
#include "tst_throttle.moc"

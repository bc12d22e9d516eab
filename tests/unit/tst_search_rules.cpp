// What user text becomes before it reaches FTS5 MATCH (server/store/FtsQuery)
// and the ticket detail rules (shared/validation/TicketRules.h).
#include <store/FtsQuery.h>
#include <validation/TicketRules.h>

#include <QTest>

using namespace Qt::StringLiterals;
using ccr::server::ftsQueryFromText;

class SearchRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textBecomesQuotedPhrases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expression");
        QTest::newRow("one word, prefix") << u"router"_s << u"\"router\"*"_s;
        QTest::newRow("words, prefix on the last") << u"refund  late"_s << u"\"refund\" \"late\"*"_s;
        QTest::newRow("one character: no prefix") << u"router x"_s << u"\"router\" \"x\""_s;
        QTest::newRow("quotes doubled") << u"say \"hi\""_s << u"\"say\" \"\"\"hi\"\"\""_s;
        QTest::newRow("operators are words") << u"a OR b NOT c"_s << u"\"a\" \"OR\" \"b\" \"NOT\" \"c\""_s;
        QTest::newRow("NEAR and parentheses") << u"NEAR(a b)"_s << u"\"NEAR(a\" \"b)\""_s;
        QTest::newRow("column filter") << u"subject:x"_s << u"\"subject:x\"*"_s;
        QTest::newRow("syntax-only pieces dropped") << u"* router ( ) -- ^"_s << u"\"router\"*"_s;
        QTest::newRow("SQL") << u"'; DROP TABLE tickets; --"_s << u"\"DROP\" \"TABLE\" \"tickets;\""_s;
        QTest::newRow("tabs and newlines separate") << u"a\tb\nc"_s << u"\"a\" \"b\" \"c\""_s;
        QTest::newRow("control characters separate") << u"ab\u0001cd"_s << u"\"ab\" \"cd\"*"_s;
        QTest::newRow("Tamil, prefix after a vowel sign") << u"இணையம் வேலை"_s << u"\"இணையம்\" \"வேலை\"*"_s;
        QTest::newRow("16 words") << QStringList(16, u"w"_s).join(u' ') << QStringList(16, u"\"w\""_s).join(u' ');
    }

    void textBecomesQuotedPhrases()
    {
        QFETCH(QString, text);
        QFETCH(QString, expression);
        const auto query = ftsQueryFromText(text);
        QCOMPARE(query.problem, QString());
        QCOMPARE(query.expression, expression);
    }

    void unsearchableTextIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("only syntax") << u"* \" ( ) : ^ - +"_s;
        QTest::newRow("201 characters") << QString(201, u'a');
        QTest::newRow("17 words") << QStringList(17, u"w"_s).join(u' ');
        QTest::newRow("100 KB") << QString(100000, u'a');
    }

    void unsearchableTextIsRefused()
    {
        QFETCH(QString, text);
        const auto query = ftsQueryFromText(text);
        QVERIFY(!query.problem.isEmpty());
        QCOMPARE(query.expression, QString());
    }

    void phoneNumbers_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty (optional)") << QString() << true;
        QTest::newRow("international") << u"+91 (44) 2811-0000"_s << true;
        QTest::newRow("32 characters") << QString(32, u'1') << true;
        QTest::newRow("33 characters") << QString(33, u'1') << false;
        QTest::newRow("letters") << u"0800 CALL NOW"_s << false;
        QTest::newRow("no digit") << u"+ - ( )"_s << false;
        QTest::newRow("dot") << u"044.2811"_s << false;
        QTest::newRow("Devanagari digits") << u"९८४५"_s << false;
    }

    void phoneNumbers()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(ccr::validation::isValidPhone(phone), valid);
    }

    void ticketDetails()
    {
        using ccr::validation::TicketDetails;
        QVERIFY(ccr::validation::validate(TicketDetails{}).isEmpty());
        QVERIFY(ccr::validation::validate(TicketDetails{u"urgent"_s, u"+1 555"_s, u"phone"_s}).isEmpty());
        const auto errors = ccr::validation::validate(TicketDetails{u"asap"_s, u"x"_s, u"fax"_s});
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).field, u"priority"_s);
        QCOMPARE(errors.at(1).field, u"contactPhone"_s);
        QCOMPARE(errors.at(2).field, u"preferredContact"_s);
        QVERIFY(!ccr::validation::validateCategoryName(u"  "_s).isEmpty());
        QVERIFY(!ccr::validation::validateCategoryName(QString(61, u'x')).isEmpty());
        QVERIFY(ccr::validation::validateCategoryName(u"Billing"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(SearchRulesTest)
#include "tst_search_rules.moc"

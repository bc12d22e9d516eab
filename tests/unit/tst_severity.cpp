// The severity classifier behind ticket.suggestPriority: the rule list that
// answers while there are few labelled tickets, the naive Bayes model once
// there are enough, and learning and unlearning one label at a time.
#include <tickets/SeverityClassifier.h>

#include <QTest>

using namespace Qt::StringLiterals;
using ccr::domain::TicketPriority;
using ccr::server::LabelledText;
using ccr::server::SeverityClassifier;

namespace {

// A small, plausible history: billing trouble is high, outages urgent,
// questions low, address changes normal.
QList<LabelledText> history()
{
    QList<LabelledText> examples;
    for (int i = 0; i < 6; ++i) {
        examples.append({u"Network outage in my area"_s, u"No signal since morning, whole street offline"_s,
                         TicketPriority::Urgent});
        examples.append({u"Charged twice on invoice"_s, u"The invoice shows a duplicate payment, need refund"_s,
                         TicketPriority::High});
        examples.append(
            {u"Question about plans"_s, u"Which plan includes international roaming"_s, TicketPriority::Low});
        examples.append({u"Change delivery address"_s, u"Please update the address for next month's parcel"_s,
                         TicketPriority::Normal});
    }
    return examples;
}

} // namespace

class SeverityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesAnswerWithoutHistory_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("outage") << u"Total OUTAGE"_s << u"Nothing loads."_s << u"urgent"_s << QStringList{u"outage"_s};
        QTest::newRow("cannot login") << u"Help"_s << u"I cannot login since the update"_s << u"urgent"_s
                                      << QStringList{u"cannot login"_s};
        QTest::newRow("typographic apostrophe")
            << u"Can’t log in"_s << QString() << u"urgent"_s << QStringList{u"can't log in"_s};
        QTest::newRow("urgent beats high")
            << u"Refund, urgent"_s << u"Fraud on my card"_s << u"urgent"_s << QStringList{u"fraud"_s, u"urgent"_s};
        QTest::newRow("refund") << u"Refund for order 1234"_s << u"The parcel never came."_s << u"high"_s
                                << QStringList{u"refund"_s};
        QTest::newRow("not working") << u"Router"_s << u"The router is not working"_s << u"high"_s
                                     << QStringList{u"not working"_s};
        QTest::newRow("question") << u"Question about my invoice layout"_s << QString() << u"low"_s
                                  << QStringList{u"question"_s};
        QTest::newRow("whole words only")
            << u"I can login fine"_s << u"downloads are slow"_s << u"normal"_s << QStringList{};
        QTest::newRow("nothing to go on") << u"Change my address"_s << u"New flat."_s << u"normal"_s << QStringList{};
        QTest::newRow("Tamil urgent") << u"அவசரம்"_s << u"உதவி தேவை"_s << u"urgent"_s << QStringList{u"அவசரம்"_s};
        QTest::newRow("Tamil question") << u"ஒரு கேள்வி"_s << QString() << u"low"_s << QStringList{u"கேள்வி"_s};
        QTest::newRow("Hindi refund") << u"मेरा रिफंड नहीं आया"_s << QString() << u"high"_s << QStringList{u"रिफंड"_s};
        QTest::newRow("Hindi fraud") << u"खाते में धोखाधड़ी"_s << QString() << u"urgent"_s << QStringList{u"धोखाधड़ी"_s};
    }

    void rulesAnswerWithoutHistory()
    {
        QFETCH(QString, subject);
        QFETCH(QString, description);
        QFETCH(QString, priority);
        QFETCH(QStringList, reasons);
        const SeverityClassifier classifier; // nothing learned yet
        const auto suggestion = classifier.suggest(subject, description);
        QCOMPARE(ccr::domain::priorityName(suggestion.priority), priority);
        QCOMPARE(suggestion.reasons, reasons);
        QCOMPARE(suggestion.source, u"rules"_s);
        QVERIFY2(suggestion.confidence > 0 && suggestion.confidence < 1,
                 qPrintable(QString::number(suggestion.confidence)));
        // A match is more certain than no match.
        QCOMPARE(suggestion.confidence > 0.4, !reasons.isEmpty());
    }

    void theModelLearnsFromLabelledTickets_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<QString>("reason");
        QTest::newRow("signal") << u"No signal"_s << u"offline since morning"_s << u"urgent"_s << u"offline"_s;
        QTest::newRow("invoice") << u"Invoice wrong"_s << u"duplicate payment"_s << u"high"_s << u"duplicate"_s;
        QTest::newRow("roaming") << u"Roaming plan"_s << u"which plan has it"_s << u"low"_s << u"roaming"_s;
        QTest::newRow("parcel address") << u"Parcel address"_s << u"update it"_s << u"normal"_s << u"parcel"_s;
    }

    void theModelLearnsFromLabelledTickets()
    {
        QFETCH(QString, subject);
        QFETCH(QString, description);
        QFETCH(QString, priority);
        QFETCH(QString, reason);
        SeverityClassifier classifier;
        classifier.train(history());
        QCOMPARE(classifier.examples(), 24);
        const auto suggestion = classifier.suggest(subject, description);
        QCOMPARE(suggestion.source, u"model"_s);
        QCOMPARE(ccr::domain::priorityName(suggestion.priority), priority);
        QVERIFY2(suggestion.reasons.contains(reason), qPrintable(suggestion.reasons.join(u", "_s)));
        QVERIFY2(suggestion.reasons.size() <= 3, qPrintable(suggestion.reasons.join(u", "_s)));
        QVERIFY2(suggestion.confidence > 0.5 && suggestion.confidence <= 1.0,
                 qPrintable(QString::number(suggestion.confidence)));
    }

    void unknownWordsFallBackToTheRules()
    {
        SeverityClassifier classifier;
        classifier.train(history());
        const auto suggestion = classifier.suggest(u"Fraud"_s, u"zzz qqq"_s);
        QCOMPARE(suggestion.source, u"rules"_s);
        QCOMPARE(suggestion.priority, TicketPriority::Urgent);
    }

    void tooFewExamplesKeepTheRules()
    {
        SeverityClassifier classifier;
        QList<LabelledText> few = history().mid(0, SeverityClassifier::kMinExamples - 1);
        classifier.train(few);
        QCOMPARE(classifier.suggest(u"Network outage"_s, QString()).source, u"rules"_s);
        // One priority only, however many: nothing to tell apart.
        QList<LabelledText> same(30, {u"Outage"_s, u"down"_s, TicketPriority::Urgent});
        classifier.train(same);
        QCOMPARE(classifier.suggest(u"Network outage"_s, QString()).source, u"rules"_s);
    }

    void relabellingMovesTheModel()
    {
        const LabelledText roaming{u"Roaming plan"_s, u"which plan has it"_s, TicketPriority::Low};
        QList<LabelledText> examples = history();
        for (int i = 0; i < 12; ++i)
            examples.append(roaming);
        SeverityClassifier classifier;
        classifier.train(examples);
        QCOMPARE(classifier.suggest(roaming.subject, roaming.description).priority, TicketPriority::Low);
        // Staff decide those roaming tickets were urgent after all: each
        // old label is taken back and the new one learned.
        for (int i = 0; i < 12; ++i) {
            classifier.forget(roaming);
            classifier.learn({roaming.subject, roaming.description, TicketPriority::Urgent});
        }
        QCOMPARE(classifier.examples(), 36);
        QCOMPARE(classifier.suggest(roaming.subject, roaming.description).priority, TicketPriority::Urgent);
        // Forgetting what was never learned changes nothing.
        SeverityClassifier empty;
        empty.forget(roaming);
        QCOMPARE(empty.examples(), 0);
    }

    void wordsKeepScriptsWhole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("English") << u"It's DOWN, again!"_s << QStringList{u"it's"_s, u"down"_s, u"again"_s};
        QTest::newRow("Tamil vowel signs") << u"வேலை செய்யவில்லை."_s << QStringList{u"வேலை"_s, u"செய்யவில்லை"_s};
        QTest::newRow("Devanagari matras") << u"काम नहीं कर रहा"_s << QStringList{u"काम"_s, u"नहीं"_s, u"कर"_s, u"रहा"_s};
        QTest::newRow("quotes") << u"'quoted' words"_s << QStringList{u"quoted"_s, u"words"_s};
    }

    void wordsKeepScriptsWhole()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(SeverityClassifier::words(text), words);
    }
};

QTEST_GUILESS_MAIN(SeverityTest)
#include "tst_severity.moc"

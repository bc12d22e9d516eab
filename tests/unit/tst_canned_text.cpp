// Placeholders in canned responses as a table: what is filled in, what is
// left alone, and that a value is never expanded a second time.
#include <domain/CannedText.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::domain;

namespace {
const QHash<QString, QString> kValues{
    {placeholder::customerFirstName, u"Priya"_s},     {placeholder::customerLastName, u"Raman"_s},
    {placeholder::agentFirstName, u"Arun"_s},         {placeholder::ticketId, u"42"_s},
    {placeholder::ticketSubject, u"Internet down"_s},
};
}

class CannedTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expansion_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no placeholders") << u"Thanks for waiting."_s << u"Thanks for waiting."_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("one") << u"Hello {{customer.firstName}},"_s << u"Hello Priya,"_s;
        QTest::newRow("every known one")
            << u"{{customer.firstName}} {{customer.lastName}}: #{{ticket.id}} \"{{ticket.subject}}\" — {{agent.firstName}}"_s
            << u"Priya Raman: #42 \"Internet down\" — Arun"_s;
        QTest::newRow("repeated") << u"{{ticket.id}}/{{ticket.id}}"_s << u"42/42"_s;
        QTest::newRow("spaces inside the braces") << u"Hi {{ customer.firstName }}!"_s << u"Hi Priya!"_s;
        QTest::newRow("unknown left as written")
            << u"Dear {{customer.title}} {{customer.lastName}}"_s << u"Dear {{customer.title}} Raman"_s;
        QTest::newRow("single braces are text") << u"{customer.firstName}"_s << u"{customer.firstName}"_s;
        QTest::newRow("unclosed") << u"Hi {{customer.firstName"_s << u"Hi {{customer.firstName"_s;
        QTest::newRow("case matters") << u"{{Customer.FirstName}}"_s << u"{{Customer.FirstName}}"_s;
        QTest::newRow("adjacent") << u"{{customer.firstName}}{{customer.lastName}}"_s << u"PriyaRaman"_s;
        QTest::newRow("non-Latin text around") << u"வணக்கம் {{customer.firstName}}, नमस्ते 👋"_s << u"வணக்கம் Priya, नमस्ते 👋"_s;
        QTest::newRow("triple braces keep the outer ones") << u"{{{ticket.id}}}"_s << u"{42}"_s;
    }

    void expansion()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QCOMPARE(expandPlaceholders(body, kValues), expected);
    }

    void valuesAreNotExpandedAgain()
    {
        // A subject that itself looks like a placeholder stays as the customer wrote it.
        QHash<QString, QString> values = kValues;
        values[placeholder::ticketSubject] = u"{{customer.firstName}} broke it"_s;
        QCOMPARE(expandPlaceholders(u"Re: {{ticket.subject}}"_s, values), u"Re: {{customer.firstName}} broke it"_s);
    }

    void noValuesLeavesTheBodyAlone()
    {
        const QString body = u"Hello {{customer.firstName}}"_s;
        QCOMPARE(expandPlaceholders(body, {}), body);
    }
};

QTEST_GUILESS_MAIN(CannedTextTest)
#include "tst_canned_text.moc"

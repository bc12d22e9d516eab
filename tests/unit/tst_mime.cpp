// The mail the outbox builds: headers nobody can inject into, encoded words
// that decode back, and templates in each language.
#include <SmtpCapture.h>

#include <mail/MailComposer.h>
#include <mail/MimeMessage.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::server;

class MimeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersCannotBeInjected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subject");
        QTest::newRow("CRLF in name") << u"Eve\r\nBcc: victim@example.com"_s << u"Hello"_s;
        QTest::newRow("LF in subject") << u"Eve"_s << u"Hi\nBcc: victim@example.com"_s;
        QTest::newRow("CR in subject") << u"Eve"_s << u"Hi\rBcc: victim@example.com"_s;
        QTest::newRow("NUL and tabs") << u"E\u0000ve"_s << u"A\tB\u0000C"_s;
    }

    void headersCannotBeInjected()
    {
        QFETCH(QString, name);
        QFETCH(QString, subject);
        OutgoingMail mail{1, u"eve@example.com"_s, name, subject, u"text"_s, u"<p>html</p>"_s, u"id@ccr.test"_s, {}, 0};
        const QByteArray raw = buildMimeMessage(mail, u"help@ccr.test"_s, u"Help"_s, QDateTime::currentDateTimeUtc());
        const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
        for (const QByteArray &line : head.split('\n')) {
            QVERIFY2(!line.trimmed().toLower().startsWith("bcc:"), line.constData());
        }
        const CapturedMail parsed = SmtpCapture::parse("X-Envelope-To: eve@example.com\r\n" + raw);
        QVERIFY(!parsed.headers.contains("bcc"));
        // What was typed stays inside its own header, on one line.
        for (const char *header : {"subject", "to"}) {
            QVERIFY2(!parsed.header(header).contains(u'\n') && !parsed.header(header).contains(u'\r'),
                     qPrintable(parsed.header(header)));
        }
        QVERIFY2(parsed.header("to").endsWith(u"<eve@example.com>"_s), qPrintable(parsed.header("to")));
    }

    void longSubjectIsCutAndStillDecodes()
    {
        const QString subject = QString(1'000'000, u'x');
        OutgoingMail mail{1, u"a@example.com"_s, {}, subject, u"t"_s, u"h"_s, u"id@ccr.test"_s, {}, 0};
        const QByteArray raw = buildMimeMessage(mail, u"help@ccr.test"_s, {}, QDateTime::currentDateTimeUtc());
        QVERIFY(raw.size() < 4000);
        const CapturedMail parsed = SmtpCapture::parse("X-Envelope-To: a@example.com\r\n" + raw);
        QCOMPARE(parsed.header("subject").size(), 250);
        QVERIFY(parsed.header("subject").endsWith(QChar(0x2026)));
    }

    void unicodeSurvivesEncoding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("tamil") << u"உங்கள் மின்னஞ்சலை உறுதிப்படுத்தவும்"_s;
        QTest::newRow("hindi") << u"अपना ईमेल पुष्टि करें"_s;
        QTest::newRow("emoji") << u"Thanks 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂"_s;
    }

    void unicodeSurvivesEncoding()
    {
        QFETCH(QString, text);
        OutgoingMail mail{1, u"a@example.com"_s, text, text, text, text, u"id@ccr.test"_s, u"root@ccr.test"_s, 0};
        const QByteArray raw = buildMimeMessage(mail, u"help@ccr.test"_s, {}, QDateTime::currentDateTimeUtc());
        for (const QByteArray &line : raw.split('\n'))
            QVERIFY2(line.size() <= 78, line.constData());
        const CapturedMail parsed = SmtpCapture::parse("X-Envelope-To: a@example.com\r\n" + raw);
        QCOMPARE(parsed.header("subject"), text);
        QCOMPARE(parsed.text, text);
        QCOMPARE(parsed.header("in-reply-to"), u"<root@ccr.test>"_s);
        QCOMPARE(parsed.header("references"), u"<root@ccr.test>"_s);
    }

    void templatesSpeakTheRecipientsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expectedWord");
        QTest::newRow("en") << u"en"_s << u"confirmation code"_s;
        QTest::newRow("ta") << u"ta"_s << u"குறியீடு"_s;
        QTest::newRow("hi") << u"hi"_s << u"कोड"_s;
        QTest::newRow("unknown falls back to en") << u"xx"_s << u"confirmation code"_s;
    }

    void templatesSpeakTheRecipientsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expectedWord);
        const OutgoingMail mail = composeMail(MailTemplate::ConfirmEmail, {u"a@example.com"_s, u"<Anu>"_s, language},
                                              {{u"code"_s, u"123456"_s}, {u"minutes"_s, u"15"_s}}, u"ccr.test"_s);
        QVERIFY2(mail.textBody.contains(expectedWord), qPrintable(mail.textBody));
        QVERIFY(mail.subject.contains(u"123456"_s));
        QVERIFY(mail.textBody.contains(u"<Anu>"_s));
        QVERIFY2(mail.htmlBody.contains(u"&lt;Anu&gt;"_s), qPrintable(mail.htmlBody)); // escaped in HTML
        QVERIFY(mail.messageId.endsWith(u"@ccr.test"_s));
    }
};

QTEST_GUILESS_MAIN(MimeTest)
#include "tst_mime.moc"

// How server errors read in the client's forms: field errors placed by
// name, and rate limits that name the wait from retryAfter.
#include <app/Translations.h>
#include <ui/ErrorText.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using ccr::client::ErrorText;
using ccr::protocol::ApiError;
using ccr::protocol::ErrorCode;

class ErrorTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms come from the English translation, as at run time.
        QVERIFY(ccr::client::installTranslations(*QCoreApplication::instance(), QLocale(u"en_GB"_s)));
    }

    void rateLimitNamesTheWait()
    {
        const ApiError one{ErrorCode::RateLimited, u"Too many attempts. Wait 1 seconds, then try again."_s, {}, {}, 1};
        QCOMPARE(ErrorText::describe(one), u"Too many attempts. Wait 1 second, then try again."_s);
        const ApiError many{ErrorCode::RateLimited, u"server words"_s, {}, {}, 42};
        QCOMPARE(ErrorText::describe(many), u"Too many attempts. Wait 42 seconds, then try again."_s);
        // Without a wait the server's own words stay.
        const ApiError unknown{ErrorCode::RateLimited, u"Slow down."_s, {}, {}, 0};
        QCOMPARE(ErrorText::describe(unknown), u"Slow down."_s);
    }

    void fieldErrorsComeFromDetailsOrTheOneField()
    {
        const QJsonArray details{QJsonObject{{u"field"_s, u"firstName"_s}, {u"message"_s, u"Too short."_s}},
                                 QJsonObject{{u"field"_s, u"phone"_s}, {u"message"_s, u"Digits only."_s}}};
        const ApiError listed{ErrorCode::ValidationFailed, u"Too short."_s, u"firstName"_s, details, 0};
        QCOMPARE(ErrorText::fieldErrors(listed).size(), 2);
        QCOMPARE(ErrorText::fieldErrors(listed).at(1).field, u"phone"_s);

        const ApiError code{ErrorCode::CodeInvalid, u"That code is wrong or has expired."_s, u"code"_s, {}, 0};
        const auto errors = ErrorText::fieldErrors(code);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, u"code"_s);
        QCOMPARE(errors.first().message, u"That code is wrong or has expired."_s);

        const ApiError general{ErrorCode::AccountInactive, u"This account has been deactivated."_s, {}, {}, 0};
        QVERIFY(ErrorText::fieldErrors(general).isEmpty());
        QCOMPARE(ErrorText::describe(general), u"This account has been deactivated."_s);
    }
};

QTEST_GUILESS_MAIN(ErrorTextTest)
#include "tst_error_text.moc"

// The shared input rules (shared/validation/Rules.h), which the client checks
// as the user types and the server enforces on every request. Each row names
// the fields that must be reported, in the order a form lists them.
#include <validation/FieldError.h>
#include <validation/Rules.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::validation;

namespace {

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList names;
    for (const auto &error : errors)
        names << error.field;
    return names;
}

QString describe(const FieldErrors &errors)
{
    QStringList lines;
    for (const auto &error : errors)
        lines << error.field + u": "_s + error.message;
    return lines.isEmpty() ? u"(no errors)"_s : lines.join(u"; "_s);
}

const QString kPassword = u"a long password"_s;

// Field by field, so members appended to the structs later need no change here.
Registration registrationOf(const QString &first, const QString &last, const QString &email, const QString &password,
                            const QString &confirmation)
{
    Registration registration;
    registration.firstName = first;
    registration.lastName = last;
    registration.email = email;
    registration.password = password;
    registration.passwordConfirmation = confirmation;
    return registration;
}

NewTicket ticketOf(const QString &subject, const QString &description)
{
    NewTicket ticket;
    ticket.subject = subject;
    ticket.description = description;
    return ticket;
}

} // namespace

class ValidationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registration_data()
    {
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QStringList>("failing");

        const QString first = u"Priya"_s;
        const QString last = u"Raman"_s;
        const QString email = u"priya@example.com"_s;
        const auto row = [&](const char *name, const QString &f, const QString &l, const QString &e, const QString &p,
                             const QString &c,
                             const QStringList &failing) { QTest::newRow(name) << f << l << e << p << c << failing; };

        row("all valid", first, last, email, kPassword, kPassword, {});

        // First name: at least 3 characters once trimmed, at most 100, no control characters.
        row("first name of 3", u"Ann"_s, last, email, kPassword, kPassword, {});
        row("first name of 2", u"Al"_s, last, email, kPassword, kPassword, {field::firstName});
        row("first name of 2 padded with spaces", u"   Al   "_s, last, email, kPassword, kPassword, {field::firstName});
        row("first name only spaces", u"      "_s, last, email, kPassword, kPassword, {field::firstName});
        row("first name empty", QString(), last, email, kPassword, kPassword, {field::firstName});
        row("first name of 100", QString(100, u'a'), last, email, kPassword, kPassword, {});
        row("first name of 100 plus spaces", u"  "_s + QString(100, u'a') + u"  "_s, last, email, kPassword, kPassword,
            {});
        row("first name of 101", QString(101, u'a'), last, email, kPassword, kPassword, {field::firstName});
        row("first name with a bell", u"Pri\u0007ya"_s, last, email, kPassword, kPassword, {field::firstName});
        row("first name with a NUL", u"Pri"_s + QChar(0) + u"ya"_s, last, email, kPassword, kPassword,
            {field::firstName});
        row("first name with a line break", u"Pri\nya"_s, last, email, kPassword, kPassword, {field::firstName});
        row("first name with a tab", u"Pri\tya"_s, last, email, kPassword, kPassword, {field::firstName});
        row("first name with a bidi override", u"Pri\u202Eya"_s, last, email, kPassword, kPassword, {field::firstName});
        row("first name with a zero-width space", u"Pri\u200Bya"_s, last, email, kPassword, kPassword,
            {field::firstName});
        row("first name in CJK", u"李小龙"_s, last, email, kPassword, kPassword, {});
        row("first name of 2 CJK", u"李龙"_s, last, email, kPassword, kPassword, {field::firstName});
        // Persian writes many names with a zero-width non-joiner; it is text, not a control.
        row("first name with ZWNJ (Persian)", u"مهر\u200Cناز"_s, last, email, kPassword, kPassword, {});
        row("first name with accents", u"Zoë-Léa"_s, last, email, kPassword, kPassword, {});

        // Last name: at least 1 character once trimmed, at most 100.
        row("last name of 1", first, u"X"_s, email, kPassword, kPassword, {});
        row("last name empty", first, QString(), email, kPassword, kPassword, {field::lastName});
        row("last name only spaces", first, u"   "_s, email, kPassword, kPassword, {field::lastName});
        row("last name of 100", first, QString(100, u'b'), email, kPassword, kPassword, {});
        row("last name of 101", first, QString(101, u'b'), email, kPassword, kPassword, {field::lastName});
        row("last name with an escape", first, u"Ra\u001Bman"_s, email, kPassword, kPassword, {field::lastName});
        row("last name with apostrophe", first, u"O'Brien"_s, email, kPassword, kPassword, {});

        // Email: simple shape, at most 254.
        row("email upper case", first, last, u"Priya@Example.COM"_s, kPassword, kPassword, {});
        row("email padded with spaces", first, last, u"  priya@example.com "_s, kPassword, kPassword, {});
        row("email plus address", first, last, u"priya+ccr@mail.example.co.uk"_s, kPassword, kPassword, {});
        row("email empty", first, last, QString(), kPassword, kPassword, {field::email});
        row("email without @", first, last, u"priya.example.com"_s, kPassword, kPassword, {field::email});
        row("email with two @", first, last, u"priya@@example.com"_s, kPassword, kPassword, {field::email});
        row("email without dot in domain", first, last, u"priya@localhost"_s, kPassword, kPassword, {field::email});
        row("email without local part", first, last, u"@example.com"_s, kPassword, kPassword, {field::email});
        row("email with inner space", first, last, u"pri ya@example.com"_s, kPassword, kPassword, {field::email});
        row("email domain starts with hyphen", first, last, u"priya@-example.com"_s, kPassword, kPassword,
            {field::email});
        row("email with trailing dot", first, last, u"priya@example.com."_s, kPassword, kPassword, {field::email});
        row("email with empty label", first, last, u"priya@example..com"_s, kPassword, kPassword, {field::email});
        row("email with a line break", first, last, u"priya@example.com\nbcc@evil.com"_s, kPassword, kPassword,
            {field::email});
        const QString domain = u"@example.com"_s;
        row("email of 254", first, last, QString(254 - domain.size(), u'p') + domain, kPassword, kPassword, {});
        row("email of 255", first, last, QString(255 - domain.size(), u'p') + domain, kPassword, kPassword,
            {field::email});

        // Password: 8 to 1024 characters, not trimmed; confirmation identical.
        row("password of 8", first, last, email, u"12345678"_s, u"12345678"_s, {});
        row("password of 7", first, last, email, u"1234567"_s, u"1234567"_s, {field::password});
        row("password of 8 spaces", first, last, email, u"        "_s, u"        "_s, {});
        row("password of 1024", first, last, email, QString(1024, u'p'), QString(1024, u'p'), {});
        row("password of 1025", first, last, email, QString(1025, u'p'), QString(1025, u'p'), {field::password});
        row("password empty", first, last, email, QString(), QString(), {field::password});
        row("confirmation differs", first, last, email, kPassword, u"a long passwort"_s, {field::passwordConfirmation});
        row("confirmation differs in case", first, last, email, kPassword, kPassword.toUpper(),
            {field::passwordConfirmation});
        row("confirmation has a trailing space", first, last, email, kPassword, kPassword + u' ',
            {field::passwordConfirmation});
        row("confirmation empty", first, last, email, kPassword, QString(), {field::passwordConfirmation});
        row("short password and different confirmation", first, last, email, u"short"_s, u"shorts"_s,
            {field::password, field::passwordConfirmation});

        row("everything empty", QString(), QString(), QString(), QString(), QString(),
            {field::firstName, field::lastName, field::email, field::password});
        row("everything wrong", u"A"_s, u" "_s, u"not-an-email"_s, u"short"_s, u"other"_s,
            {field::firstName, field::lastName, field::email, field::password, field::passwordConfirmation});
        // Characters are counted as people count them: an emoji is one.
        QTest::newRow("first name of two emoji") << u"😀😀"_s << u"B"_s << u"a@example.com"_s << u"long enough"_s
                                                 << u"long enough"_s << QStringList{field::firstName};
        QTest::newRow("first name of three emoji")
            << u"😀😀😀"_s << u"B"_s << u"a@example.com"_s << u"long enough"_s << u"long enough"_s << QStringList{};
    }

    void registration()
    {
        QFETCH(QString, firstName);
        QFETCH(QString, lastName);
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(QStringList, failing);

        const FieldErrors errors = validate(registrationOf(firstName, lastName, email, password, confirmation));
        QVERIFY2(fieldsOf(errors) == failing,
                 qPrintable(u"got [%1], expected [%2]"_s.arg(describe(errors), failing.join(u", "_s))));
        for (const auto &error : errors)
            QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(error.field + u" has no message"_s));
    }

    void newTicket_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QStringList>("failing");

        const QString subject = u"Router keeps rebooting"_s;
        const QString description = u"Since Monday it restarts every hour."_s;
        QTest::newRow("valid") << subject << description << QStringList{};
        QTest::newRow("subject of 1") << u"?"_s << description << QStringList{};
        QTest::newRow("subject empty") << QString() << description << QStringList{field::subject};
        QTest::newRow("subject only spaces") << u"   "_s << description << QStringList{field::subject};
        QTest::newRow("subject of 200") << QString(200, u's') << description << QStringList{};
        QTest::newRow("subject of 200 plus spaces")
            << u" "_s + QString(200, u's') + u" "_s << description << QStringList{};
        QTest::newRow("subject of 201") << QString(201, u's') << description << QStringList{field::subject};
        QTest::newRow("subject with a line break")
            << u"Router\nkeeps rebooting"_s << description << QStringList{field::subject};
        QTest::newRow("subject with a tab") << u"Router\tkeeps"_s << description << QStringList{field::subject};
        QTest::newRow("subject with DEL") << u"Router\u007F"_s << description << QStringList{field::subject};
        QTest::newRow("subject with a C1 control") << u"Router\u0085"_s << description << QStringList{field::subject};
        QTest::newRow("subject with a bidi override")
            << u"Invoice \u202Efdp.exe"_s << description << QStringList{field::subject};
        QTest::newRow("subject with an emoji ZWJ sequence")
            << u"Laptop 👩\u200D💻 broken"_s << description << QStringList{};
        QTest::newRow("subject in Greek and emoji")
            << u"Πρόβλημα με τον λογαριασμό 🧾"_s << description << QStringList{};
        QTest::newRow("description empty") << subject << QString() << QStringList{field::description};
        QTest::newRow("description only whitespace") << subject << u" \n\t "_s << QStringList{field::description};
        QTest::newRow("description with line breaks and tabs")
            << subject << u"Step 1:\tplug in\r\nStep 2:\tit reboots\n"_s << QStringList{};
        QTest::newRow("description with an emoji ZWJ sequence")
            << subject << u"My family 👨\u200D👩\u200D👧 cannot log in."_s << QStringList{};
        QTest::newRow("description with a NUL")
            << subject << u"abc"_s + QChar(0) + u"def"_s << QStringList{field::description};
        QTest::newRow("description with a bell") << subject << u"ding\u0007"_s << QStringList{field::description};
        QTest::newRow("description of 20000") << subject << QString(20000, u'd') << QStringList{};
        QTest::newRow("description of 20001") << subject << QString(20001, u'd') << QStringList{field::description};
        QTest::newRow("both empty") << QString() << QString() << QStringList{field::subject, field::description};
        QTest::newRow("both too long") << QString(201, u's') << QString(20001, u'd')
                                       << QStringList{field::subject, field::description};
    }

    void newTicket()
    {
        QFETCH(QString, subject);
        QFETCH(QString, description);
        QFETCH(QStringList, failing);
        const FieldErrors errors = validate(ticketOf(subject, description));
        QVERIFY2(fieldsOf(errors) == failing,
                 qPrintable(u"got [%1], expected [%2]"_s.arg(describe(errors), failing.join(u", "_s))));
        for (const auto &error : errors)
            QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(error.field + u" has no message"_s));
    }

    void normalizedEmail_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("already normal") << u"priya@example.com"_s << u"priya@example.com"_s;
        QTest::newRow("mixed case") << u"Priya@Example.COM"_s << u"priya@example.com"_s;
        QTest::newRow("padded") << u"  priya@example.com\t"_s << u"priya@example.com"_s;
    }

    // Two spellings of one address must meet in the store as one.
    void normalizedEmail()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QCOMPARE(ccr::validation::normalizedEmail(input), normalized);
        QVERIFY(isValidEmail(ccr::validation::normalizedEmail(input)));
    }

    void fieldErrorsRoundTrip()
    {
        const FieldErrors errors{{field::firstName, u"Too short."_s}, {field::email, u"Not an email — ✉"_s}};
        QCOMPARE(fieldErrorsFromJson(toJson(errors)), errors);
        QCOMPARE(fieldErrorsFromJson(toJson(FieldErrors{})), FieldErrors{});
    }
};

QTEST_GUILESS_MAIN(ValidationTest)
#include "tst_validation.moc"

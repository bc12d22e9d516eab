#include "Rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ccr::validation {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ccr::validation", text);
}

// Control characters have no place in names or subjects; in long text only
// line breaks and tabs are allowed. Format characters (bidi overrides,
// zero-width spaces) are refused too, except the zero-width (non-)joiner:
// Persian and Indic names need them, and so do emoji sequences like 👩‍💻.
bool hasControlCharacters(const QString &text, bool allowLineBreaks)
{
    for (QChar c : text) {
        if (allowLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        if (c == u'\u200C' || c == u'\u200D')
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// Characters as people count them more nearly than UTF-16 units do: an
// emoji or a character outside the BMP is one, not two.
qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (QChar c : text)
        count += c.isLowSurrogate() ? 0 : 1;
    return count;
}

void checkName(FieldErrors &errors, const QString &field, const QString &value, int minimum, const char *tooShort)
{
    const QString trimmed = value.trimmed();
    if (characterCount(trimmed) < minimum)
        errors.append({field, tr(tooShort)});
    else if (characterCount(trimmed) > kMaxName)
        errors.append({field, tr("Use at most 100 characters.")});
    else if (hasControlCharacters(value, false))
        errors.append({field, tr("Remove the control characters.")});
}

} // namespace

bool isValidEmail(const QString &email)
{
    // Deliberately simple: one @, a dot in the domain, no spaces. The
    // confirmation code proves the address really works.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    return email.size() <= kMaxEmail && pattern.match(email).hasMatch();
}

bool isSupportedLanguage(const QString &language)
{
    return language == u"en" || language == u"ta" || language == u"hi";
}

QString normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

FieldErrors validate(const Registration &registration)
{
    FieldErrors errors;
    // Marked for lupdate; checkName translates them.
    checkName(errors, field::firstName, registration.firstName, kMinFirstName,
              QT_TRANSLATE_NOOP("ccr::validation", "First name needs at least 3 characters."));
    checkName(errors, field::lastName, registration.lastName, kMinLastName,
              QT_TRANSLATE_NOOP("ccr::validation", "Last name is required."));
    if (!isValidEmail(registration.email.trimmed()))
        errors.append({field::email, tr("Enter a valid email address, like name@example.com.")});
    errors.append(validatePassword(registration.password, registration.passwordConfirmation));
    return errors;
}

FieldErrors validatePassword(const QString &password, const QString &confirmation)
{
    FieldErrors errors;
    if (characterCount(password) < kMinPassword)
        errors.append({field::password, tr("Password needs at least 8 characters.")});
    else if (characterCount(password) > kMaxPassword)
        errors.append({field::password, tr("Password is too long.")});
    if (password != confirmation)
        errors.append({field::passwordConfirmation, tr("The two passwords differ.")});
    return errors;
}

FieldErrors validate(const NewTicket &ticket)
{
    FieldErrors errors;
    const QString subject = ticket.subject.trimmed();
    if (subject.isEmpty())
        errors.append({field::subject, tr("Give the ticket a subject.")});
    else if (characterCount(subject) > kMaxSubject)
        errors.append({field::subject, tr("Keep the subject under 200 characters.")});
    else if (hasControlCharacters(ticket.subject, false))
        errors.append({field::subject, tr("Remove the control characters.")});
    const QString description = ticket.description.trimmed();
    if (description.isEmpty())
        errors.append({field::description, tr("Describe the problem.")});
    else if (characterCount(description) > kMaxDescription)
        errors.append({field::description, tr("Keep the description under 20,000 characters.")});
    else if (hasControlCharacters(ticket.description, true))
        errors.append({field::description, tr("Remove the control characters.")});
    return errors;
}

FieldErrors validateMessageBody(const QString &body, bool hasAttachments)
{
    FieldErrors errors;
    if (body.trimmed().isEmpty()) {
        if (!hasAttachments || !body.isEmpty())
            errors.append({field::body, tr("Write a message.")});
    } else if (characterCount(body) > kMaxMessageBody) {
        errors.append({field::body, tr("Keep the message under 20,000 characters.")});
    } else if (hasControlCharacters(body, true)) {
        errors.append({field::body, tr("Remove the control characters.")});
    }
    return errors;
}

FieldErrors validate(const CannedResponseText &canned)
{
    FieldErrors errors;
    const QString title = canned.title.trimmed();
    if (title.isEmpty())
        errors.append({field::title, tr("Give the response a title.")});
    else if (characterCount(title) > kMaxCannedTitle)
        errors.append({field::title, tr("Keep the title under 200 characters.")});
    else if (hasControlCharacters(canned.title, false))
        errors.append({field::title, tr("Remove the control characters.")});
    errors.append(validateMessageBody(canned.body, false));
    return errors;
}

} // namespace ccr::validation

#pragma once

#include "FieldError.h"

#include <QString>

// The domain's input rules, shared so the client can check as the user types
// and the server can enforce the same rules on every request.
namespace ccr::validation {

inline constexpr int kMinFirstName = 3;
inline constexpr int kMinLastName = 1;
inline constexpr int kMaxName = 100;
inline constexpr int kMaxEmail = 254;
inline constexpr int kMinPassword = 8;
inline constexpr int kMaxPassword = 1024;
inline constexpr int kMaxSubject = 200;
inline constexpr int kMaxDescription = 20000;

struct Registration
{
    QString firstName;
    QString lastName;
    QString email;
    QString password;
    QString passwordConfirmation;
};

struct NewTicket
{
    QString subject;
    QString description;
};

// Field names as they appear in requests and in FieldError::field.
namespace field {
inline const QString firstName = QStringLiteral("firstName");
inline const QString lastName = QStringLiteral("lastName");
inline const QString email = QStringLiteral("email");
inline const QString password = QStringLiteral("password");
inline const QString passwordConfirmation = QStringLiteral("passwordConfirmation");
inline const QString subject = QStringLiteral("subject");
inline const QString description = QStringLiteral("description");
} // namespace field

bool isValidEmail(const QString &email);
// The languages mails and the client speak: "en", "ta", "hi".
bool isSupportedLanguage(const QString &language);
// Lower-cased and trimmed: the form in which emails are stored and compared.
QString normalizedEmail(const QString &email);

FieldErrors validate(const Registration &registration);
// The password rules alone (reset, invitation, change of password).
FieldErrors validatePassword(const QString &password, const QString &confirmation);
FieldErrors validate(const NewTicket &ticket);

// Conversation: a chat message or note, and a canned response.
inline constexpr int kMaxMessageBody = 20000;
inline constexpr int kMaxCannedTitle = 200;
namespace field {
inline const QString body = QStringLiteral("body");
inline const QString title = QStringLiteral("title");
} // namespace field
// 1..20,000 characters (code points), not only white space, line breaks and
// tabs allowed; empty only when files are attached.
FieldErrors validateMessageBody(const QString &body, bool hasAttachments);
struct CannedResponseText
{
    QString title;
    QString body;
};
FieldErrors validate(const CannedResponseText &canned);

} // namespace ccr::validation

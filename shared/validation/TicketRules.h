#pragma once

#include "FieldError.h"

#include <domain/TicketPriority.h>

#include <QCoreApplication>
#include <QString>

// Rules for the details of a new ticket beyond subject and description
// (Rules.h): the contact phone, how the customer wants to be reached, and
// category names. Header-only so the client can check as the user types and
// the server enforces the same on every request.
namespace ccr::validation {

inline constexpr int kMaxPhone = 32;
inline constexpr int kMaxCategoryName = 60;

namespace field {
inline const QString categoryId = QStringLiteral("categoryId");
inline const QString priority = QStringLiteral("priority");
inline const QString contactPhone = QStringLiteral("contactPhone");
inline const QString preferredContact = QStringLiteral("preferredContact");
inline const QString phone = QStringLiteral("phone");
inline const QString name = QStringLiteral("name");
} // namespace field

// Digits, spaces, '+', '-', '(' and ')', at most 32 characters, at least one
// digit. Empty is valid: the phone is optional.
inline bool isValidPhone(const QString &phone)
{
    if (phone.isEmpty())
        return true;
    if (phone.size() > kMaxPhone)
        return false;
    bool digit = false;
    for (QChar c : phone) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c != u' ' && c != u'+' && c != u'-' && c != u'(' && c != u')')
            return false;
    }
    return digit;
}

inline bool isContactPreference(const QString &name)
{
    return domain::contactPreferences().contains(name);
}

// A ticket's optional details, as the customer or an agent gave them (empty
// priority/preferredContact: the defaults "normal" and "email").
struct TicketDetails
{
    QString priority;
    QString contactPhone;
    QString preferredContact;
};

inline FieldErrors validate(const TicketDetails &details)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ccr::validation", text); };
    FieldErrors errors;
    if (!details.priority.isEmpty() && !domain::priorityFromName(details.priority))
        errors.append({field::priority, tr("Choose low, normal, high or urgent.")});
    if (!isValidPhone(details.contactPhone.trimmed()))
        errors.append({field::contactPhone, tr("Use digits, spaces, +, - and brackets only, at most 32 characters.")});
    if (!details.preferredContact.isEmpty() && !isContactPreference(details.preferredContact))
        errors.append({field::preferredContact, tr("Choose email, phone or chat.")});
    return errors;
}

// A category's name: 1..60 characters, no control characters.
inline FieldErrors validateCategoryName(const QString &name)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ccr::validation", text); };
    FieldErrors errors;
    const QString trimmed = name.trimmed();
    qsizetype count = 0;
    bool control = false;
    for (QChar c : trimmed) {
        count += c.isLowSurrogate() ? 0 : 1;
        control = control || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    }
    if (trimmed.isEmpty())
        errors.append({field::name, tr("Give the category a name.")});
    else if (count > kMaxCategoryName)
        errors.append({field::name, tr("Keep the name under 60 characters.")});
    else if (control)
        errors.append({field::name, tr("Remove the control characters.")});
    return errors;
}

} // namespace ccr::validation

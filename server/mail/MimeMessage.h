#pragma once

#include "OutgoingMail.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ccr::server {

// Builds the RFC 5322 message libcurl sends: multipart/alternative with a
// plain-text and an HTML part, UTF-8 throughout. Every header value is
// cleaned of CR/LF and encoded, so nothing a user typed can add a header.
QByteArray buildMimeMessage(const OutgoingMail &mail, const QString &fromAddress, const QString &fromName,
                            const QDateTime &date);

// RFC 2047 encoded-word(s) for a header value, after removing line breaks and
// other control characters; long values are cut at `maxCharacters`.
QByteArray encodeHeaderText(const QString &text, int maxCharacters = 250);

// A fresh Message-ID local part @ domain, without angle brackets.
QString newMessageId(const QString &domain);

} // namespace ccr::server

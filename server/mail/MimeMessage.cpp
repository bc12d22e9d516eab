#include "MimeMessage.h"

#include <QLocale>
#include <QUuid>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

QString withoutControlCharacters(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text)
        clean.append(c.category() == QChar::Other_Control ? u' ' : c);
    return clean.simplified();
}

// Base64 body lines of 76 characters, as RFC 2045 asks.
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QByteArray angleAddress(const QString &address)
{
    // Addresses were validated before they reached the outbox; still, no
    // line break may ever pass into a header.
    return '<' + withoutControlCharacters(address).remove(u'<').remove(u'>').toUtf8() + '>';
}

QByteArray mailbox(const QString &name, const QString &address)
{
    if (name.trimmed().isEmpty())
        return angleAddress(address);
    return encodeHeaderText(name, 100) + ' ' + angleAddress(address);
}

QByteArray rfc2822Date(const QDateTime &date)
{
    return QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss +0000"_s).toLatin1();
}

} // namespace

QByteArray encodeHeaderText(const QString &text, int maxCharacters)
{
    QString clean = withoutControlCharacters(text);
    if (clean.size() > maxCharacters)
        clean = clean.left(maxCharacters - 1) + QChar(0x2026);
    // An encoded word may be 75 characters at most: 12 UTF-16 units are at
    // most 36 UTF-8 bytes, 48 in base64, plus 12 for the =?UTF-8?B?...?=
    // frame. Surrogate pairs stay together.
    QByteArray out;
    qsizetype i = 0;
    while (i < clean.size()) {
        qsizetype end = qMin(clean.size(), i + 12);
        if (end < clean.size() && clean.at(end).isLowSurrogate())
            ++end;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + clean.mid(i, end - i).toUtf8().toBase64() + "?=";
        i = end;
    }
    return out;
}

QString newMessageId(const QString &domain)
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@' + domain;
}

QByteArray buildMimeMessage(const OutgoingMail &mail, const QString &fromAddress, const QString &fromName,
                            const QDateTime &date)
{
    const QByteArray boundary = "ccr-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    QByteArray m;
    m += "From: " + mailbox(fromName, fromAddress) + "\r\n";
    m += "To: " + mailbox(mail.toName, mail.to) + "\r\n";
    m += "Subject: " + encodeHeaderText(mail.subject) + "\r\n";
    m += "Date: " + rfc2822Date(date) + "\r\n";
    m += "Message-ID: " + angleAddress(mail.messageId) + "\r\n";
    if (!mail.threadId.isEmpty()) {
        m += "In-Reply-To: " + angleAddress(mail.threadId) + "\r\n";
        m += "References: " + angleAddress(mail.threadId) + "\r\n";
    }
    m += "MIME-Version: 1.0\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    m += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    m += "\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(mail.textBody.toUtf8());
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(mail.htmlBody.toUtf8());
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace ccr::server

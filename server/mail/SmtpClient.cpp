#include "SmtpClient.h"

#include <curl/curl.h>

#include <cstring>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t room = size * count;
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

} // namespace

QString securityName(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::None: return u"none"_s;
    case SmtpSettings::Security::StartTls: return u"starttls"_s;
    case SmtpSettings::Security::ImplicitTls: return u"tls"_s;
    }
    return {};
}

SmtpSettings::Security securityFromName(const QString &name)
{
    if (name == u"none")
        return SmtpSettings::Security::None;
    if (name == u"tls")
        return SmtpSettings::Security::ImplicitTls;
    return SmtpSettings::Security::StartTls;
}

SmtpResult sendMail(const SmtpSettings &settings, const QString &recipient, const QByteArray &message)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return {false, false, u"libcurl could not start."_s};

    const bool implicitTls = settings.security == SmtpSettings::Security::ImplicitTls;
    const QByteArray url = QStringLiteral("%1://%2:%3")
                               .arg(implicitTls ? u"smtps"_s : u"smtp"_s, settings.host)
                               .arg(settings.port)
                               .toUtf8();
    const QByteArray from = '<' + settings.fromAddress.toUtf8() + '>';
    const QByteArray to = '<' + recipient.toUtf8() + '>';
    const QByteArray user = settings.username.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    Upload upload{&message};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(settings.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(settings.timeoutSeconds * 2));
    if (settings.security == SmtpSettings::Security::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);

    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);

    if (code == CURLE_OK)
        return {true, false, {}};
    const QString detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    // 5xx is the server's final word (unknown mailbox, policy); login
    // failures are a configuration problem an admin must fix, not a reason
    // to hammer the relay either.
    const bool permanent = (response >= 500 && response < 600 && code != CURLE_LOGIN_DENIED);
    return {false, permanent, u"%1 (SMTP %2)"_s.arg(detail).arg(response)};
}

} // namespace ccr::server

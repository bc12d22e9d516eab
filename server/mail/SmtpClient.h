#pragma once

#include "SmtpSettings.h"

#include <QByteArray>
#include <QString>

namespace ccr::server {

struct SmtpResult
{
    bool sent = false;
    bool permanent = false; // the server refused for good (5xx): do not retry
    QString error;
};

// Sends one message through libcurl's SMTP support. Blocking (bounded by the
// settings' timeout): call it only from the mail worker thread.
SmtpResult sendMail(const SmtpSettings &settings, const QString &recipient, const QByteArray &message);

} // namespace ccr::server

#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// One mail as the capture server received it, decoded for assertions.
struct CapturedMail
{
    QString envelopeTo;
    QMap<QByteArray, QString> headers; // lower-case names, RFC 2047 decoded
    QString text;
    QString html;
    QByteArray raw;

    QString header(const char *name) const { return headers.value(QByteArray(name)); }
};

// A real SMTP server (tests/support/smtp_capture.py on Debian's aiosmtpd) on
// loopback that stores what it receives.
class SmtpCapture
{
public:
    SmtpCapture();
    ~SmtpCapture();

    bool start(quint16 port = 0); // 0: any free port; pass port() to restart on the same one
    void stop();
    quint16 port() const { return m_port; }
    // The options that point ccr-server at this capture server.
    QStringList serverArguments() const;

    QList<CapturedMail> mails() const;
    // Waits (bounded) until at least n mails have arrived.
    bool waitForMails(qsizetype n, int timeoutMs = 10000) const;
    // The first 6-digit code in the newest mail to `address`.
    QString latestCodeFor(const QString &address) const;

    static CapturedMail parse(const QByteArray &raw);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

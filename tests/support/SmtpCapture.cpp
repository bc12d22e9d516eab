#include "SmtpCapture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace {

QString decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(uR"(=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromUtf8(value);
    if (!text.contains(u"=?"_s))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        out += QString::fromUtf8(QByteArray::fromBase64(match.captured(1).toLatin1()));
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QList<QByteArray> splitOn(const QByteArray &data, const QByteArray &separator)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (qsizetype at = data.indexOf(separator); at >= 0; at = data.indexOf(separator, from)) {
        parts.append(data.mid(from, at - from));
        from = at + separator.size();
    }
    parts.append(data.mid(from));
    return parts;
}

} // namespace

SmtpCapture::SmtpCapture()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // If the test process dies, its helper process dies with it instead of
    // lingering and holding pipes and ports open.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

SmtpCapture::~SmtpCapture()
{
    stop();
}

bool SmtpCapture::start(quint16 port)
{
    m_process.start(u"/usr/bin/python3"_s, {QStringLiteral(CCR_SMTP_CAPTURE_SCRIPT), u"--dir"_s, m_dir.path(),
                                            u"--port"_s, QString::number(port)});
    if (!m_process.waitForStarted(10'000))
        return false;
    static const QRegularExpression ready(uR"(listening on port (\d+))"_s);
    QString output;
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QTest::qWait(20);
        output += QString::fromUtf8(m_process.readAllStandardOutput());
        if (const auto match = ready.match(output); match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    return false;
}

void SmtpCapture::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5'000);
}

QStringList SmtpCapture::serverArguments() const
{
    return {u"--smtp-host"_s,     u"127.0.0.1"_s, u"--smtp-port"_s, QString::number(m_port),
            u"--smtp-security"_s, u"none"_s,      u"--mail-from"_s, u"help@ccr.test"_s};
}

QList<CapturedMail> SmtpCapture::mails() const
{
    QList<CapturedMail> result;
    const QDir dir(m_dir.path());
    for (const QString &name : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result.append(parse(file.readAll()));
    }
    return result;
}

bool SmtpCapture::waitForMails(qsizetype n, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return mails().size() >= n; }, timeoutMs);
}

QString SmtpCapture::latestCodeFor(const QString &address) const
{
    static const QRegularExpression code(uR"(\b(\d{6})\b)"_s);
    const auto all = mails();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->envelopeTo.compare(address, Qt::CaseInsensitive) == 0)
            return code.match(it->text).captured(1);
    }
    return {};
}

CapturedMail SmtpCapture::parse(const QByteArray &raw)
{
    CapturedMail mail;
    mail.raw = raw;
    const qsizetype split = raw.indexOf("\r\n\r\n");
    const QByteArray head = raw.left(split);
    // Unfold continuation lines, then read "Name: value".
    QByteArray unfolded = head;
    unfolded.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray &line : unfolded.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        QByteArray value = line.mid(colon + 1).trimmed();
        // Adjacent encoded words are joined without the folding space.
        value.replace("?= =?", "?==?");
        mail.headers.insert(name, decodeWords(value));
    }
    mail.envelopeTo = mail.headers.value("x-envelope-to");
    static const QRegularExpression boundaryPattern(uR"re(boundary="([^"]+)")re"_s);
    const QString boundary = boundaryPattern.match(mail.headers.value("content-type")).captured(1);
    const QByteArray body = raw.mid(split + 4);
    const QList<QByteArray> parts = boundary.isEmpty() ? QList<QByteArray>{} : splitOn(body, "--" + boundary.toUtf8());
    for (const QByteArray &part : parts) {
        const qsizetype partSplit = part.indexOf("\r\n\r\n");
        if (partSplit < 0)
            continue;
        const QByteArray partHead = part.left(partSplit).toLower();
        const QByteArray decoded = QByteArray::fromBase64(part.mid(partSplit + 4).trimmed());
        if (partHead.contains("text/plain"))
            mail.text = QString::fromUtf8(decoded);
        else if (partHead.contains("text/html"))
            mail.html = QString::fromUtf8(decoded);
    }
    return mail;
}

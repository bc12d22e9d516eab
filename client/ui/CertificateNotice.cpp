#include "CertificateNotice.h"

#include "FieldErrorLabels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

namespace {
constexpr int kBytesPerLine = 16;
constexpr int kCharsPerByte = 3; // "AB:"

QString monospaced(const QString &text)
{
    return u"<tt>"_s + text.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</tt>"_s;
}
} // namespace

CertificateNotice::CertificateNotice(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this))
    , m_forget(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(u"certificateNotice"_s);
    setFrameShape(QFrame::StyledPanel);
    m_heading->setObjectName(u"certificateHeading"_s);
    m_body->setObjectName(u"certificateDetails"_s);
    m_forget->setObjectName(u"forgetCertificateButton"_s);
    m_dismiss->setObjectName(u"dismissCertificateButton"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->addWidget(m_heading);
    text->addWidget(m_body);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_forget);
    buttons->addWidget(m_dismiss);
    text->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    connect(m_forget, &QPushButton::clicked, this, &CertificateNotice::forgetRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    setVisible(false);
    retranslate();
}

void CertificateNotice::retranslate()
{
    m_forget->setText(tr("Forget the old certificate"));
    m_dismiss->setText(tr("Dismiss"));
    // The notice on show is worded again (it stays shown).
    // A copy runs: showing again replaces m_reword.
    if (isVisibleTo(parentWidget()) && m_reword) {
        const std::function<void()> reword = m_reword;
        reword();
    }
}

QString CertificateNotice::formatFingerprint(const QString &fingerprint)
{
    const qsizetype split = kBytesPerLine * kCharsPerByte;
    if (fingerprint.size() <= split)
        return fingerprint;
    return fingerprint.left(split) + u'\n' + fingerprint.mid(split);
}

void CertificateNotice::present(bool warning, const QString &heading, const QString &body)
{
    m_mismatch = warning;
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation, nullptr, this)
            .pixmap(iconSize, iconSize));
    m_heading->setText(heading);
    if (warning)
        FieldErrorLabels::paintAsError(m_heading);
    else
        m_heading->setPalette(palette());
    m_body->setText(body);
    m_forget->setVisible(warning);
    m_dismiss->setVisible(!warning);
    setVisible(true);
}

void CertificateNotice::showPinned(const QString &server, const QString &fingerprint)
{
    m_reword = [this, server, fingerprint] { showPinned(server, fingerprint); };
    present(false, tr("First connection to %1: its certificate is now trusted").arg(server),
            tr("Fingerprint (SHA-256):") + u"<br>"_s + monospaced(formatFingerprint(fingerprint)) + u"<br>"_s
                + tr("If your administrator gave you a fingerprint, check that it is this one. CCR will warn you "
                     "if the server ever presents a different certificate.")
                      .toHtmlEscaped());
}

void CertificateNotice::showMismatch(const QString &server, const QString &pinned, const QString &presented)
{
    m_reword = [this, server, pinned, presented] { showMismatch(server, pinned, presented); };
    present(true, tr("Warning: the certificate of %1 has changed. CCR did not connect.").arg(server),
            tr("Someone may be intercepting the connection. Do not continue unless your administrator told you "
               "the server's certificate was replaced.")
                    .toHtmlEscaped()
                + u"<br><br>"_s + tr("Trusted fingerprint:").toHtmlEscaped() + u"<br>"_s
                + monospaced(formatFingerprint(pinned)) + u"<br>"_s + tr("Fingerprint presented now:").toHtmlEscaped()
                + u"<br>"_s + monospaced(formatFingerprint(presented)));
}

void CertificateNotice::showForgotten(const QString &server)
{
    m_reword = [this, server] { showForgotten(server); };
    present(false, tr("The old certificate of %1 is forgotten").arg(server),
            tr("The next connection will trust the certificate the server presents then.").toHtmlEscaped());
}

void CertificateNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace ccr::client

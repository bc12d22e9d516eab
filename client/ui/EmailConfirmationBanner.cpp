#include "EmailConfirmationBanner.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {
const QString kCodeField = u"code"_s;
constexpr int kCodeLength = 6;
} // namespace

EmailConfirmationBanner::EmailConfirmationBanner(Session *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_confirm(new QPushButton(this))
    , m_resend(new QPushButton(this))
    , m_notice(new QLabel(this))
    , m_busy(new BusyIndicator(this))
{
    setObjectName(u"emailConfirmationBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_heading->setObjectName(u"confirmationHeading"_s);
    m_code->setObjectName(u"confirmationCodeEdit"_s);
    m_confirm->setObjectName(u"confirmEmailButton"_s);
    m_resend->setObjectName(u"resendCodeButton"_s);
    m_notice->setObjectName(u"confirmationNotice"_s);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_code->setMaxLength(kCodeLength);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,6}"_s), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setMaximumWidth(m_code->fontMetrics().horizontalAdvance(u"0000000000"_s) + 24);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setVisible(false);
    m_confirm->setDefault(true);

    // Wider than the code itself, so a complaint under it has room to read.
    QWidget *codeField = m_errors.wrap(kCodeField, m_code);
    codeField->setMinimumWidth(m_code->maximumWidth() * 2);
    auto *row = new QHBoxLayout;
    m_codeLabel = new QLabel(this);
    m_codeLabel->setBuddy(m_code);
    row->addWidget(m_codeLabel, 0, Qt::AlignTop);
    row->addWidget(codeField);
    row->addWidget(m_confirm, 0, Qt::AlignTop);
    row->addWidget(m_resend, 0, Qt::AlignTop);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addLayout(row);
    layout->addWidget(m_notice);
    layout->addWidget(m_busy);

    connect(m_confirm, &QPushButton::clicked, this, &EmailConfirmationBanner::confirm);
    connect(m_code, &QLineEdit::returnPressed, this, &EmailConfirmationBanner::confirm);
    connect(m_code, &QLineEdit::textEdited, this, [this] { m_errors.clear(kCodeField); });
    connect(m_resend, &QPushButton::clicked, this, &EmailConfirmationBanner::resend);
    connect(session, &Session::userChanged, this, &EmailConfirmationBanner::updateFromSession);
    retranslate();
}

void EmailConfirmationBanner::retranslate()
{
    m_confirm->setText(tr("Confirm"));
    m_resend->setText(tr("Send a new code"));
    m_explanation->setText(tr("Confirming your email lets you raise tickets and makes sure our replies reach you."));
    m_code->setPlaceholderText(tr("6-digit code"));
    m_code->setAccessibleName(tr("Code"));
    m_codeLabel->setText(tr("Code"));
    updateFromSession();
}

void EmailConfirmationBanner::updateFromSession()
{
    const auto &user = m_session->user();
    if (user)
        m_heading->setText(tr("Enter the code we emailed to %1").arg(user->email));
    setVisible(m_session->needsEmailConfirmation());
}

void EmailConfirmationBanner::confirm()
{
    if (!m_confirm->isEnabled())
        return;
    m_errors.clear();
    m_notice->setVisible(false);
    if (m_code->text().size() != kCodeLength) {
        m_errors.show({{kCodeField, tr("Enter the 6-digit code from the email.")}});
        m_code->setFocus();
        return;
    }
    setBusy(true);
    auto confirming = m_session->rpc().call(methods::authConfirmEmail, {{kCodeField, m_code->text()}});
    QCoro::connect(std::move(confirming), this, [this](const Reply &reply) { onConfirmed(reply); });
}

void EmailConfirmationBanner::onConfirmed(const Reply &reply)
{
    setBusy(false);
    if (reply.ok()) {
        m_code->clear();
        // Hides this banner and unlocks "New ticket" through userChanged.
        m_session->updateUser(domain::UserProfile::fromJson(reply.result.value(u"user"_s).toObject()));
        return;
    }
    const validation::FieldErrors errors = ErrorText::fieldErrors(*reply.error);
    if (m_errors.show(errors).isEmpty() && !errors.isEmpty()) {
        m_code->selectAll();
        m_code->setFocus();
        return;
    }
    showNotice(ErrorText::describe(*reply.error), true);
}

void EmailConfirmationBanner::resend()
{
    if (!m_resend->isEnabled())
        return;
    m_errors.clear();
    m_notice->setVisible(false);
    setBusy(true);
    auto resending = m_session->rpc().call(methods::authResendConfirmation);
    QCoro::connect(std::move(resending), this, [this](const Reply &reply) { onResent(reply); });
}

void EmailConfirmationBanner::onResent(const Reply &reply)
{
    setBusy(false);
    if (reply.ok()) {
        showNotice(tr("A new code is on its way. The old one no longer works."), false);
        return;
    }
    if (reply.error->code == ErrorCode::RateLimited && reply.error->retryAfterSeconds > 0) {
        showNotice(tr("A code was sent a moment ago. You can ask for a new one in %n second(s).", nullptr,
                      reply.error->retryAfterSeconds),
                   true);
        return;
    }
    showNotice(ErrorText::describe(*reply.error), true);
}

void EmailConfirmationBanner::showNotice(const QString &message, bool error)
{
    m_notice->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_notice);
    else
        m_notice->setPalette(palette());
    m_notice->setVisible(true);
}

void EmailConfirmationBanner::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    m_code->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_resend->setEnabled(!busy);
}

void EmailConfirmationBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace ccr::client

#include "PendingApprovalWidget.h"

#include "CenteredColumn.h"
#include "ErrorText.h"
#include "FieldErrorLabels.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {
constexpr int kColumnWidth = 480;
}

PendingApprovalWidget::PendingApprovalWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_checkNow(new QPushButton(this))
    , m_logOut(new QPushButton(this))
{
    setObjectName(u"pendingApprovalWidget"_s);
    m_status->setObjectName(u"pendingStatus"_s);
    m_checkNow->setObjectName(u"checkApprovalButton"_s);
    m_logOut->setObjectName(u"pendingLogOutButton"_s);

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(iconSize));
    auto *heading = new QLabel(this);
    m_heading = heading;
    heading->setObjectName(u"pendingHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *body = new QLabel(this);
    m_body = body;
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    auto *live = new QLabel(this);
    m_live = live;
    live->setWordWrap(true);
    live->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(icon);
    headingRow->addWidget(heading, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_logOut);
    buttons->addStretch();
    buttons->addWidget(m_checkNow);
    QVBoxLayout *content = addCenteredColumn(this, kColumnWidth);
    content->addLayout(headingRow);
    content->addWidget(body);
    content->addWidget(live);
    content->addWidget(m_status);
    content->addSpacing(12);
    content->addLayout(buttons);

    connect(m_logOut, &QPushButton::clicked, this, &PendingApprovalWidget::logOutRequested);
    connect(m_checkNow, &QPushButton::clicked, this, &PendingApprovalWidget::checkNow);
    // Not a slot and not awaited: the task runs on its own, guarded by QPointer.
    listen();
    retranslate();
}

void PendingApprovalWidget::retranslate()
{
    m_checkNow->setText(tr("Check now"));
    m_logOut->setText(tr("Log out"));
    m_heading->setText(tr("Waiting for approval"));
    const QString name = m_session->user() ? m_session->user()->firstName : QString();
    m_body->setText(tr("Thank you, %1. An administrator has to approve your agent account before you can "
                       "work on tickets.")
                        .arg(name));
    m_live->setText(tr("You can leave this window open: it changes by itself the moment you are approved."));
}

QCoro::Task<> PendingApprovalWidget::listen()
{
    QPointer<PendingApprovalWidget> self(this);
    // From the start of the feed: a pending account receives only events
    // about itself, so this is short, and it includes an approval that came
    // between the login and now.
    auto subscribing = m_session->rpc().call(methods::eventsSubscribe, {{u"since"_s, 0}});
    const Reply subscribed = co_await subscribing;
    if (!self || subscribed.ok())
        co_return;
    showStatus(tr("This page cannot update itself (%1). Use Check now.").arg(ErrorText::describe(*subscribed.error)),
               true);
}

void PendingApprovalWidget::checkNow()
{
    m_checkNow->setEnabled(false);
    auto checking = m_session->rpc().call(methods::profileGet);
    QCoro::connect(std::move(checking), this, [this](const Reply &reply) { onChecked(reply); });
}

void PendingApprovalWidget::onChecked(const Reply &reply)
{
    m_checkNow->setEnabled(true);
    if (!reply.ok()) {
        showStatus(ErrorText::describe(*reply.error), true);
        return;
    }
    const auto user = domain::UserProfile::fromJson(reply.result.value(u"user"_s).toObject());
    if (user.state == domain::AccountState::Pending)
        showStatus(tr("Not approved yet."), false);
    // An approval moves the window on (and deletes this page) through the session.
    m_session->updateUser(user);
}

void PendingApprovalWidget::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_status);
    else
        m_status->setPalette(palette());
    m_status->setVisible(true);
}

void PendingApprovalWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ccr::client

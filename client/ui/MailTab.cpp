#include "MailTab.h"

#include "ErrorText.h"
#include "SmtpSettingsForm.h"
#include "app/Session.h"
#include "models/OutboxModel.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {
const QString kTo = u"to"_s;
constexpr int kRefreshMs = 5000;
constexpr int kOutboxLimit = 100;
} // namespace

MailTab::MailTab(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(new SmtpSettingsForm(session, this))
    , m_outbox(new OutboxModel(this))
    , m_view(new QTableView(this))
    , m_outboxStatus(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"mailTab"_s);
    m_view->setObjectName(u"outboxView"_s);
    m_outboxStatus->setObjectName(u"outboxStatus"_s);
    m_refresh->setObjectName(u"refreshOutboxButton"_s);

    m_view->setModel(m_outbox);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // The free texts share what is left of the width; the rest fit their contents.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::SubjectColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OutboxModel::LastErrorColumn, QHeaderView::Stretch);
    m_outboxStatus->setTextFormat(Qt::PlainText);
    m_outboxStatus->setWordWrap(true);
    m_refreshTimer->setInterval(kRefreshMs);

    auto *outboxBox = new QGroupBox(this);
    m_outboxBox = outboxBox;
    auto *outboxHeader = new QHBoxLayout;
    outboxHeader->addWidget(m_outboxStatus, 1);
    outboxHeader->addWidget(m_refresh);
    auto *outboxLayout = new QVBoxLayout(outboxBox);
    outboxLayout->addLayout(outboxHeader);
    outboxLayout->addWidget(m_view, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_settings);
    layout->addWidget(createTestMailRow());
    layout->addWidget(outboxBox, 1);

    connect(m_refresh, &QPushButton::clicked, this, &MailTab::refreshOutbox);
    connect(m_refreshTimer, &QTimer::timeout, this, &MailTab::refreshOutbox);
    retranslate();
}

void MailTab::retranslate()
{
    m_outboxBox->setTitle(tr("Outbox"));
    m_view->setAccessibleName(tr("Outbox"));
    m_refresh->setText(tr("Refresh"));
    m_testBox->setTitle(tr("Test mail"));
    m_sendTest->setText(tr("Send test mail"));
    m_testTo->setAccessibleName(tr("Send a test mail to…"));
}

QWidget *MailTab::createTestMailRow()
{
    auto *box = new QGroupBox(this);
    m_testBox = box;
    m_testTo = new QLineEdit(box);
    m_sendTest = new QPushButton(box);
    m_testResult = new QLabel(box);
    m_testTo->setObjectName(u"testMailToEdit"_s);
    m_sendTest->setObjectName(u"sendTestMailButton"_s);
    m_testResult->setObjectName(u"testMailResult"_s);
    m_testTo->setPlaceholderText(tr("Send a test mail to…"));
    m_testTo->setMaxLength(254);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->setVisible(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_testErrors.wrap(kTo, m_testTo), 1);
    row->addWidget(m_sendTest, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_testResult);

    connect(m_testTo, &QLineEdit::textEdited, this, [this] {
        m_testErrors.clear(kTo);
        m_testResult->setVisible(false);
    });
    connect(m_testTo, &QLineEdit::returnPressed, this, &MailTab::sendTestMail);
    connect(m_sendTest, &QPushButton::clicked, this, &MailTab::sendTestMail);
    return box;
}

void MailTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_settingsLoaded) {
        m_settingsLoaded = true;
        m_settings->load();
    }
    refreshOutbox();
    m_refreshTimer->start();
}

void MailTab::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    QWidget::hideEvent(event);
}

void MailTab::refreshOutbox()
{
    if (m_listing)
        return; // the answer to the last request is still on its way
    m_listing = true;
    m_refresh->setEnabled(false);
    auto listing = m_session->rpc().call(methods::outboxList, {{u"limit"_s, kOutboxLimit}});
    QCoro::connect(std::move(listing), this, [this](const Reply &reply) { onOutboxListed(reply); });
}

void MailTab::onOutboxListed(const Reply &reply)
{
    m_listing = false;
    m_refresh->setEnabled(true);
    if (!reply.ok()) {
        m_outboxStatus->setText(tr("Could not load the outbox: %1").arg(ErrorText::describe(*reply.error)));
        FieldErrorLabels::paintAsError(m_outboxStatus);
        return;
    }
    m_outbox->setMails(reply.result.value(u"mails"_s).toArray());
    m_outboxStatus->setPalette(palette());
    m_outboxStatus->setText(m_outbox->rowCount() == 0
                                ? tr("No mail has been sent yet.")
                                : tr("Newest first; refreshed every few seconds while this tab is open."));
}

void MailTab::sendTestMail()
{
    if (!m_sendTest->isEnabled())
        return;
    m_testErrors.clear();
    m_testResult->setVisible(false);
    const QString to = m_testTo->text().trimmed();
    if (to.isEmpty()) {
        m_testErrors.show({{kTo, tr("Enter the address to send the test mail to.")}});
        m_testTo->setFocus();
        return;
    }
    m_sendTest->setEnabled(false);
    auto sending = m_session->rpc().call(methods::mailSendTest, {{kTo, to}});
    QCoro::connect(std::move(sending), this, [this](const Reply &reply) { onTestMailSent(reply); });
}

void MailTab::onTestMailSent(const Reply &reply)
{
    m_sendTest->setEnabled(true);
    if (!reply.ok()) {
        const validation::FieldErrors errors = ErrorText::fieldErrors(*reply.error);
        const auto unplaced = m_testErrors.show(errors);
        if (errors.isEmpty() || !unplaced.isEmpty())
            showTestResult(tr("Not sent: %1").arg(ErrorText::describe(*reply.error)), true);
        return;
    }
    showTestResult(tr("The test mail is queued; its state shows in the outbox below."), false);
    refreshOutbox();
}

void MailTab::showTestResult(const QString &message, bool error)
{
    m_testResult->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_testResult);
    else
        m_testResult->setPalette(palette());
    m_testResult->setVisible(true);
}

void MailTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ccr::client

#include "FeedbackDialog.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "FieldErrorLabels.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {

constexpr int kMaxComment = 2000;

QByteArray offeredKey(qint64 ticketId)
{
    return "ccrFeedbackOffered" + QByteArray::number(ticketId);
}

bool isOwnResolvedTicket(Session *session, const domain::TicketSummary &ticket)
{
    const auto &user = session->user();
    return user && user->role == domain::Role::Customer && ticket.customerId == user->id
           && ticket.status == domain::TicketStatus::Resolved;
}

} // namespace

FeedbackDialog::FeedbackDialog(Session *session, const domain::TicketSummary &ticket, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ticket(ticket)
    , m_intro(new QLabel(this))
    , m_existing(new QLabel(this))
    , m_scores(new QButtonGroup(this))
    , m_scoreText(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_busy(new BusyIndicator(this))
{
    setObjectName(u"feedbackDialog"_s);
    m_intro->setObjectName(u"feedbackIntro"_s);
    m_existing->setObjectName(u"existingRating"_s);
    m_scoreText->setObjectName(u"scoreText"_s);
    m_comment->setObjectName(u"feedbackComment"_s);
    m_error->setObjectName(u"feedbackError"_s);

    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_existing->setWordWrap(true);
    m_existing->setTextFormat(Qt::PlainText);
    m_existing->setForegroundRole(QPalette::PlaceholderText);
    m_existing->setVisible(false);

    auto *stars = new QHBoxLayout;
    m_scores->setExclusive(true);
    for (int score = 1; score <= 5; ++score) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"score%1"_s.arg(score));
        button->setCheckable(true);
        button->setMinimumSize(48, 36);
        m_scores->addButton(button, score);
        stars->addWidget(button);
    }
    stars->addSpacing(8);
    stars->addWidget(m_scoreText, 1);
    m_comment->setTabChangesFocus(true);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    FieldErrorLabels::paintAsError(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"sendRatingButton"_s);
    m_later = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_later->setObjectName(u"notNowButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_existing);
    layout->addLayout(stars);
    layout->addWidget(m_comment, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    resize(480, 320);

    connect(m_scores, &QButtonGroup::idToggled, this, [this] { updateScoreText(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &FeedbackDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void FeedbackDialog::offerIfResolved(Session *session, const domain::TicketSummary &ticket, QWidget *parent)
{
    if (!session || !isOwnResolvedTicket(session, ticket) || session->property(offeredKey(ticket.id)).toBool())
        return;
    // Once per ticket and session: asking again each time it is opened nags.
    session->setProperty(offeredKey(ticket.id), true);
    fetchAndOpen(session, ticket, parent, true);
}

void FeedbackDialog::openFor(Session *session, const domain::TicketSummary &ticket, QWidget *parent)
{
    if (!session || !isOwnResolvedTicket(session, ticket))
        return;
    session->setProperty(offeredKey(ticket.id), true);
    fetchAndOpen(session, ticket, parent, false);
}

QCoro::Task<> FeedbackDialog::fetchAndOpen(Session *session, domain::TicketSummary ticket, QWidget *parent,
                                           bool onlyIfUnrated)
{
    QPointer<Session> guardSession(session);
    QPointer<QWidget> guardParent(parent);
    auto getting = session->rpc().call(methods::ticketGet, {{u"ticketId"_s, ticket.id}});
    const Reply got = co_await getting;
    if (!guardSession || !guardParent || !got.ok())
        co_return;
    const auto fresh = domain::TicketSummary::fromJson(got.result.value(u"ticket"_s).toObject());
    if (fresh.status != domain::TicketStatus::Resolved)
        co_return;
    const QJsonObject rating = got.result.value(u"rating"_s).toObject();
    if (onlyIfUnrated && !rating.isEmpty())
        co_return;
    // One dialog per ticket at a time.
    for (auto *open : guardParent->findChildren<FeedbackDialog *>()) {
        if (open->m_ticket.id == ticket.id)
            co_return;
    }
    auto *dialog = new FeedbackDialog(guardSession, fresh, guardParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!rating.isEmpty())
        dialog->setExistingRating(rating);
    dialog->open();
}

void FeedbackDialog::setExistingRating(const QJsonObject &rating)
{
    const int score = rating.value(u"score"_s).toInt();
    const QDateTime at = QDateTime::fromString(rating.value(u"updatedAt"_s).toString(), Qt::ISODateWithMs);
    m_rating = rating;
    showExistingRating();
    m_existing->setVisible(true);
    setScore(score);
    m_comment->setPlainText(rating.value(u"comment"_s).toString());
    m_send->setText(tr("Change rating"));
}

void FeedbackDialog::showExistingRating()
{
    if (m_rating.isEmpty())
        return;
    const int score = m_rating.value(u"score"_s).toInt();
    const QDateTime at = QDateTime::fromString(m_rating.value(u"updatedAt"_s).toString(), Qt::ISODateWithMs);
    m_existing->setText(
        tr("You rated this %1 of 5 on %2. You can change it until the ticket is closed.")
            .arg(QLocale().toString(score), QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
}

void FeedbackDialog::retranslate()
{
    setWindowTitle(tr("How did we do?"));
    const QString agent = m_ticket.assigneeName.isEmpty() ? tr("your agent") : m_ticket.assigneeName;
    m_intro->setText(tr("Ticket #%1 “%2” is resolved. How well did %3 help you?")
                         .arg(QString::number(m_ticket.id), m_ticket.subject, agent));
    for (QAbstractButton *button : m_scores->buttons()) {
        const int score = m_scores->id(button);
        button->setText(u"%1 ★"_s.arg(QLocale().toString(score)));
        button->setAccessibleName(tr("%n of 5", nullptr, score));
    }
    m_comment->setPlaceholderText(tr("Anything you would like to tell us (optional)"));
    m_comment->setAccessibleName(tr("Comment"));
    m_send->setText(m_rating.isEmpty() ? tr("Send rating") : tr("Change rating"));
    m_later->setText(tr("Not now"));
    showExistingRating();
    updateScoreText();
}

int FeedbackDialog::score() const
{
    return std::max(m_scores->checkedId(), 0);
}

void FeedbackDialog::setScore(int score)
{
    if (QAbstractButton *button = m_scores->button(score))
        button->setChecked(true);
}

void FeedbackDialog::updateScoreText()
{
    static const char *const words[] = {
        QT_TR_NOOP("Choose 1 (very poor) to 5 (excellent)"),
        QT_TR_NOOP("1 — Very poor"),
        QT_TR_NOOP("2 — Poor"),
        QT_TR_NOOP("3 — Okay"),
        QT_TR_NOOP("4 — Good"),
        QT_TR_NOOP("5 — Excellent"),
    };
    m_scoreText->setText(tr(words[score()]));
    m_send->setEnabled(score() > 0 && !m_busy->isVisible());
}

void FeedbackDialog::submit()
{
    if (score() == 0) {
        m_error->setText(tr("Choose a score from 1 to 5."));
        m_error->setVisible(true);
        return;
    }
    const QString comment = m_comment->toPlainText().trimmed();
    if (comment.size() > kMaxComment) {
        m_error->setText(tr("Keep the comment under %1 characters.").arg(QLocale().toString(kMaxComment)));
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    setBusy(true);
    QJsonObject params{{u"ticketId"_s, m_ticket.id}, {u"score"_s, score()}};
    if (!comment.isEmpty())
        params.insert(u"comment"_s, comment);
    auto rating = m_session->rpc().call(methods::ticketRate, params);
    QCoro::connect(std::move(rating), this, [this](const Reply &reply) { onReply(reply); });
}

void FeedbackDialog::onReply(const Reply &reply)
{
    setBusy(false);
    if (!reply.ok()) {
        m_error->setText(tr("The rating was not saved: %1").arg(ErrorText::describe(*reply.error)));
        m_error->setVisible(true);
        return;
    }
    Q_EMIT rated(reply.result.value(u"rating"_s).toObject());
    accept();
}

void FeedbackDialog::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    m_comment->setReadOnly(busy);
    for (QAbstractButton *button : m_scores->buttons())
        button->setEnabled(!busy);
    m_send->setEnabled(!busy && score() > 0);
}

void FeedbackDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ccr::client

#pragma once

#include <domain/Ticket.h>

#include <QDialog>
#include <QJsonObject>

#include <qcoro/qcorotask.h>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ccr::protocol {
struct Reply;
}

namespace ccr::client {

class BusyIndicator;
class Session;

// Asks a customer to rate the agent who resolved their ticket: 1 to 5 (in
// words as well as stars) and an optional comment, sent with ticket.rate.
// An existing rating is shown so it can be changed while the ticket is
// resolved; once closed, the server refuses and the dialog says so.
class FeedbackDialog : public QDialog
{
    Q_OBJECT
public:
    FeedbackDialog(Session *session, const domain::TicketSummary &ticket, QWidget *parent = nullptr);

    // For the ticket a customer just opened, or that just became resolved:
    // when it is resolved, theirs, not yet rated and not offered before in
    // this session, fetches the ticket (for an existing rating) and opens
    // the dialog. Returns at once; does nothing for staff.
    static void offerIfResolved(Session *session, const domain::TicketSummary &ticket, QWidget *parent);
    // Opens the dialog for a resolved ticket whatever was offered before,
    // showing the current rating ("Change rating…").
    static void openFor(Session *session, const domain::TicketSummary &ticket, QWidget *parent);

    // The rating as ticket.get or ticket.rate return it.
    void setExistingRating(const QJsonObject &rating);
    int score() const;
    void setScore(int score);

Q_SIGNALS:
    void rated(const QJsonObject &rating);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    static QCoro::Task<> fetchAndOpen(Session *session, domain::TicketSummary ticket, QWidget *parent,
                                      bool onlyIfUnrated);
    void submit();
    void onReply(const protocol::Reply &reply);
    void updateScoreText();
    void showExistingRating();
    void setBusy(bool busy);

    Session *m_session;
    domain::TicketSummary m_ticket;
    QLabel *m_intro;
    QLabel *m_existing;
    QButtonGroup *m_scores;
    QLabel *m_scoreText;
    QPlainTextEdit *m_comment;
    QLabel *m_error;
    BusyIndicator *m_busy;
    QPushButton *m_send;
    QPushButton *m_later = nullptr;
    QJsonObject m_rating; // the one given before, if any
};

} // namespace ccr::client
